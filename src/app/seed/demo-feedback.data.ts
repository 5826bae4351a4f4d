import type { FeedbackSpec } from './demo-data.types.js';

/** Qualitative feedback gathered in 2026: citizen workshops, online consultations, seminars, meetings. */
export const DEMO_FEEDBACK: readonly FeedbackSpec[] = [
  {
    kind: 'elected_seminar',
    title: 'Séminaire de lancement du mandat',
    date: '2026-04-11',
    participants: 27,
    themes: ['priorités du mandat', 'finances', 'calendrier'],
    commitments: ['6.1', '6.2', '1.1'],
    summary:
      'Les élus de la majorité ont hiérarchisé les engagements du programme. La rénovation des écoles et la stabilité des taux d’imposition sont jugées prioritaires ; le plan pluriannuel d’investissement devra être arrêté avant la fin de l’année pour sécuriser les deux.',
  },
  {
    kind: 'citizen_workshop',
    title: 'Atelier citoyen « Se déplacer dans Valmont »',
    date: '2026-05-20',
    participants: 42,
    themes: ['vélo', 'sécurité routière', 'centre-ville'],
    commitments: ['2.1', '2.2', '2.5'],
    summary:
      'Les participants demandent en priorité une liaison cyclable sûre vers la gare et le lycée. Les commerçants du centre s’inquiètent du stationnement pendant les travaux de l’avenue de la Loire. Forte adhésion au 30 km/h, à condition d’aménagements qui le font respecter.',
  },
  {
    kind: 'citizen_workshop',
    title: 'Atelier parents-enfants sur les cours oasis',
    date: '2026-06-03',
    participants: 65,
    themes: ['cours d’école', 'nature en ville', 'chaleur'],
    commitments: ['1.2', '2.3'],
    summary:
      'Les enfants veulent de l’ombre, des cabanes et des espaces calmes ; les parents souhaitent que la cour reste ouverte le samedi. Les enseignants insistent sur l’entretien des plantations pendant l’été.',
  },
  {
    kind: 'online_consultation',
    title: 'Consultation en ligne « Quel budget participatif pour Valmont ? »',
    date: '2026-06-30',
    participants: 612,
    themes: ['participation', 'budget participatif', 'quartiers'],
    commitments: ['5.1', '5.2'],
    summary:
      '612 contributions. Une majorité souhaite un vote ouvert dès 11 ans et une enveloppe réservée aux quartiers prioritaires. Plusieurs répondants demandent que les projets non retenus reçoivent une réponse motivée.',
  },
  {
    kind: 'administration_meeting',
    title: 'Comité de direction élargi : temps de travail et 1 607 heures',
    date: '2026-09-17',
    participants: 18,
    themes: ['temps de travail', 'qualité de vie au travail', 'organisation'],
    commitments: ['6.5'],
    summary:
      'Les directeurs font le bilan du passage aux 1 607 heures : le temps dégagé a surtout servi à élargir les horaires d’accueil et à absorber de nouveaux projets. Les services techniques demandent une étude de charge avant toute annualisation des cycles.',
  },
  {
    kind: 'online_consultation',
    title: 'Consultation en ligne sur le schéma directeur cyclable',
    date: '2026-09-30',
    participants: 438,
    themes: ['vélo', 'stationnement vélo', 'écoles'],
    commitments: ['2.1', '2.2', '2.3'],
    summary:
      'Les itinéraires vers la gare et les collèges arrivent en tête. Le manque de stationnement vélo sécurisé à la gare est cité par un répondant sur trois ; les familles demandent des rues scolaires dans toutes les écoles.',
  },
  {
    kind: 'citizen_workshop',
    title: 'Réunion publique « Tranquillité dans le quartier de la Gare »',
    date: '2026-10-08',
    participants: 76,
    themes: ['sécurité', 'police de proximité', 'vidéoprotection'],
    commitments: ['4.1', '4.2', '4.3', '4.4'],
    summary:
      'Les habitants signalent des rassemblements nocturnes et des rodéos urbains. Ils attendent une présence policière en soirée plus qu’un surcroît de caméras, et saluent l’arrivée du premier médiateur de nuit.',
  },
  {
    kind: 'citizen_workshop',
    title: 'Atelier « Bien vieillir à Valmont » avec le conseil des aînés',
    date: '2026-10-14',
    participants: 38,
    themes: ['aînés', 'isolement', 'santé'],
    commitments: ['5.7', '5.3'],
    summary:
      'L’accès à un médecin traitant est la première inquiétude. Les participants apprécient les appels de convivialité et demandent un transport pour les rendez-vous médicaux et les courses.',
  },
  {
    kind: 'administration_meeting',
    title: 'Revue des projets d’investissement des services techniques',
    date: '2026-10-22',
    participants: 12,
    themes: ['investissement', 'bâtiments', 'calendrier'],
    commitments: ['1.1', '1.4', '3.1', '4.1'],
    summary:
      'Le calendrier de la crèche des Vignes glisse de cinq mois en raison de l’acquisition du terrain. Le poste de police reste suspendu à la cession de l’ancienne trésorerie. Les équipes demandent de lisser les opérations pour éviter un pic de chantiers en 2028.',
  },
  {
    kind: 'elected_seminar',
    title: 'Séminaire des élus : préparation du budget 2027',
    date: '2026-11-07',
    participants: 29,
    themes: ['budget 2027', 'écarts au programme', 'financements'],
    commitments: ['6.1', '6.2', '1.4', '2.4'],
    summary:
      'Les élus ont validé la révision de deux engagements : la surface de panneaux solaires est ramenée à 3 500 m² et la navette devient un transport à la demande. Les taux d’imposition resteront inchangés en 2027 ; le plan pluriannuel d’investissement sera arbitré en décembre.',
  },
  {
    kind: 'citizen_workshop',
    title: 'Forum « Santé de proximité »',
    date: '2026-11-18',
    participants: 91,
    themes: ['santé', 'médecins', 'maison de santé'],
    commitments: ['5.3'],
    summary:
      'Les professionnels présents soutiennent une maison de santé mais demandent des loyers modérés et un secrétariat mutualisé. L’idée d’un centre de santé avec des médecins salariés par la ville divise les participants.',
  },
];
