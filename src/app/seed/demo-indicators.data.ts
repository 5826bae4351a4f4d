import type { IndicatorSpec } from './demo-data.types.js';

const ENERGY_BILLS = 'Factures des fournisseurs d’énergie et plateforme OPERAT';
const FINANCE_SYSTEM = 'Logiciel financier (comptes et budget)';

/** Indicators of the roadmap; `trajectory` says how the demo history of each one behaves. */
export const DEMO_INDICATORS: readonly IndicatorSpec[] = [
  // Axe 1 — Transition écologique
  {
    name: 'Consommation d’énergie des groupes scolaires (12 mois glissants)', unit: 'MWh', direction: 'decrease',
    baseline: [4_850, '2024-01-31'], target: [3_400, '2032-03-21'], milestones: [['2029-03-22', 4_100]],
    frequency: 'monthly', source: ENERGY_BILLS, service: 'transition', commitment: '1.1', trajectory: 'behind',
    notes: { '2026-10': 'Les premiers travaux de Jules-Ferry ne commenceront qu’à l’été 2027.' },
  },
  {
    name: 'Émissions de gaz à effet de serre du patrimoine communal', unit: 'tCO2e', direction: 'decrease',
    baseline: [3_200, '2024-12-31'], target: [2_100, '2032-03-21'],
    frequency: 'quarterly', source: 'Bilan des émissions de gaz à effet de serre (12 mois glissants)', service: 'transition',
    action: 'operat', trajectory: 'behind',
  },
  {
    name: 'Surface désimperméabilisée dans les cours et espaces publics (cumul)', unit: 'm²', direction: 'increase',
    baseline: [0, '2024-12-31'], target: [20_000, '2032-03-21'], milestones: [['2029-03-22', 8_000]],
    frequency: 'quarterly', source: 'Plans de récolement du service voirie', service: 'espaces-publics', commitment: '1.2',
    trajectory: 'on_track', cumulative: true,
  },
  {
    name: 'Arbres plantés depuis janvier 2025 (cumul)', unit: 'arbres', direction: 'increase',
    baseline: [0, '2024-12-31'], target: [10_000, '2032-03-21'], milestones: [['2029-03-22', 5_000]],
    frequency: 'quarterly', source: 'Registre des plantations du service espaces verts', service: 'espaces-publics',
    commitment: '1.3', trajectory: 'behind', cumulative: true,
    notes: { '2026-09': 'Saison 2026-2027 décalée : marché de fourniture des arbres infructueux.' },
  },
  {
    name: 'Puissance photovoltaïque installée sur le patrimoine communal', unit: 'kWc', direction: 'increase',
    baseline: [120, '2024-12-31'], target: [650, '2032-03-21'],
    frequency: 'quarterly', source: 'Contrats de raccordement Enedis', service: 'batiments', commitment: '1.4',
    trajectory: 'behind', cumulative: true, noise: 0,
    notes: { '2026-09': 'Objectif révisé : 3 500 m² de panneaux au lieu de 6 000 m².' },
  },
  {
    name: 'Consommation électrique de l’éclairage public (12 mois glissants)', unit: 'MWh', direction: 'decrease',
    baseline: [1_420, '2024-01-31'], target: [850, '2029-12-31'],
    frequency: 'monthly', source: ENERGY_BILLS, service: 'espaces-publics', action: 'led', trajectory: 'on_track',
    notes: { '2026-08': 'Premier mois complet d’extinction nocturne dans les quartiers résidentiels.' },
  },
  {
    name: 'Part des points lumineux équipés en LED', unit: '%', direction: 'increase',
    baseline: [38, '2024-12-31'], target: [100, '2029-12-31'],
    frequency: 'quarterly', source: 'Inventaire du patrimoine d’éclairage public', service: 'espaces-publics', action: 'led',
    trajectory: 'on_track', cumulative: true, decimals: 1,
  },
  {
    name: 'Ordures ménagères résiduelles collectées par habitant', unit: 'kg/hab/an', direction: 'decrease',
    baseline: [245, '2024-12-31'], target: [200, '2032-03-21'],
    frequency: 'quarterly', source: 'Syndicat de collecte et de traitement des déchets', service: 'transition',
    action: 'compost', trajectory: 'away', noise: 2,
  },
  // Axe 2 — Mobilités et espaces publics
  {
    name: 'Linéaire d’aménagements cyclables', unit: 'km', direction: 'increase',
    baseline: [11, '2024-12-31'], target: [36, '2032-03-21'], milestones: [['2029-03-22', 24]],
    frequency: 'quarterly', source: 'Système d’information géographique de la ville', service: 'urbanisme', commitment: '2.1',
    trajectory: 'on_track', cumulative: true, decimals: 1, noise: 0.2,
  },
  {
    name: 'Passages quotidiens de vélos au compteur de l’avenue de la Loire', unit: 'passages/jour', direction: 'increase',
    baseline: [850, '2024-01-31'], target: [1_500, '2029-03-22'],
    frequency: 'monthly', source: 'Compteur automatique (moyenne du mois)', service: 'espaces-publics', action: 'piste-loire',
    trajectory: 'on_track', noise: 40,
  },
  {
    name: 'Part de la voirie communale limitée à 30 km/h', unit: '%', direction: 'increase',
    baseline: [22, '2024-12-31'], target: [85, '2029-12-31'],
    frequency: 'quarterly', source: 'Arrêtés de circulation et SIG', service: 'espaces-publics', action: 'zone30',
    trajectory: 'on_track', cumulative: true,
  },
  {
    name: 'Vitesse moyenne mesurée aux abords des écoles', unit: 'km/h', direction: 'stay_below',
    baseline: [28.5, '2025-01-31'], target: [30, '2029-03-22'],
    frequency: 'monthly', source: 'Radars pédagogiques (vitesse moyenne du mois)', service: 'police', action: 'radars',
    trajectory: 'on_track', decimals: 1, noise: 0.5,
  },
  {
    name: 'Voyages sur les lignes de bus desservant la gare', unit: 'voyages/mois', direction: 'increase',
    baseline: [18_500, '2024-01-31'], target: [24_000, '2029-03-22'],
    frequency: 'monthly', source: 'Données billettiques de l’agglomération', service: 'urbanisme', commitment: '2.4',
    trajectory: 'behind', noise: 400,
  },
  {
    name: 'Arrêts de bus accessibles aux personnes à mobilité réduite', unit: '%', direction: 'increase',
    baseline: [45, '2024-12-31'], target: [100, '2029-03-22'],
    frequency: 'quarterly', source: 'Schéma directeur d’accessibilité', service: 'espaces-publics', action: 'arrets',
    trajectory: 'on_track', cumulative: true,
  },
  {
    name: 'Accidents corporels de la circulation (12 mois glissants)', unit: 'accidents', direction: 'decrease',
    baseline: [31, '2024-03-31'], target: [18, '2032-03-21'],
    frequency: 'quarterly', source: 'Fichier des accidents de l’observatoire départemental', service: 'police', commitment: '2.2',
    trajectory: 'on_track', noise: 0.8,
  },
  // Axe 3 — Petite enfance, éducation et jeunesse
  {
    name: 'Places d’accueil collectif du jeune enfant', unit: 'places', direction: 'increase',
    baseline: [180, '2024-12-31'], target: [220, '2029-12-31'],
    frequency: 'quarterly', source: 'Agréments PMI des établissements', service: 'petite-enfance', action: 'creche',
    trajectory: 'behind', cumulative: true, noise: 0,
  },
  {
    name: 'Demandes de place en crèche non satisfaites', unit: 'demandes', direction: 'decrease',
    baseline: [140, '2024-12-31'], target: [60, '2032-03-21'],
    frequency: 'quarterly', source: 'Commission d’attribution des places', service: 'petite-enfance', commitment: '3.1',
    trajectory: 'away', noise: 4,
    notes: { '2026-06': 'Hausse liée aux premières livraisons de logements du quartier des Rives.' },
  },
  {
    name: 'Part de produits durables et de qualité dans les achats des cantines', unit: '%', direction: 'increase',
    baseline: [24, '2024-12-31'], target: [50, '2029-03-22'],
    frequency: 'quarterly', source: 'Bilan EGalim du prestataire de restauration', service: 'education', action: 'marche-cantine',
    trajectory: 'on_track', decimals: 1, noise: 0.5,
    notes: { '2026-09': 'Nouveau marché en vigueur depuis la rentrée.' },
  },
  {
    name: 'Part de produits biologiques dans les achats des cantines (minimum : 20 %)', unit: '%', direction: 'stay_above',
    baseline: [21.5, '2024-12-31'], target: [20, '2029-03-22'],
    frequency: 'quarterly', source: 'Bilan EGalim du prestataire de restauration', service: 'education', action: 'legumerie',
    trajectory: 'on_track', decimals: 1, noise: 0.6,
  },
  {
    name: 'Gaspillage alimentaire par repas servi', unit: 'g/repas', direction: 'decrease',
    baseline: [118, '2024-12-31'], target: [80, '2029-03-22'],
    frequency: 'quarterly', source: 'Campagnes de pesée dans les restaurants scolaires', service: 'education',
    action: 'gaspillage', trajectory: 'reached', noise: 3,
  },
  {
    name: 'Classes élémentaires équipées d’un écran numérique interactif', unit: '%', direction: 'increase',
    baseline: [30, '2024-12-31'], target: [100, '2029-03-22'],
    frequency: 'quarterly', source: 'Inventaire du parc informatique des écoles', service: 'numerique', action: 'eni',
    trajectory: 'on_track', cumulative: true, noise: 0,
  },
  // Axe 4 — Sécurité et tranquillité publique
  {
    name: 'Policiers municipaux en poste', unit: 'agents', direction: 'increase',
    baseline: [12, '2024-01-31'], target: [18, '2029-03-22'],
    frequency: 'monthly', source: 'Tableau des effectifs', service: 'rh', action: 'recrutement-pm',
    trajectory: 'behind', cumulative: true, noise: 0,
  },
  {
    name: 'Caméras de vidéoprotection en service', unit: 'caméras', direction: 'increase',
    baseline: [42, '2024-12-31'], target: [72, '2029-03-22'],
    frequency: 'quarterly', source: 'Centre de supervision urbain', service: 'numerique', action: 'cameras',
    trajectory: 'on_track', cumulative: true, noise: 0,
  },
  {
    name: 'Dépôts sauvages signalés', unit: 'signalements/mois', direction: 'decrease',
    baseline: [95, '2025-01-31'], target: [50, '2029-03-22'],
    frequency: 'monthly', source: 'Application de signalement et main courante', service: 'police', action: 'depots',
    trajectory: 'behind', noise: 7,
  },
  {
    name: 'Délai moyen d’intervention de la police municipale', unit: 'minutes', direction: 'stay_below',
    baseline: [13, '2025-01-31'], target: [15, '2029-03-22'],
    frequency: 'monthly', source: 'Main courante informatisée', service: 'police', commitment: '4.2',
    trajectory: 'on_track', decimals: 1, noise: 0.6,
  },
  {
    name: 'Faits de tranquillité publique enregistrés', unit: 'faits/trimestre', direction: 'decrease',
    baseline: [410, '2024-03-31'], target: [320, '2032-03-21'],
    frequency: 'quarterly', source: 'Main courante informatisée', service: 'police', commitment: '4.4',
    trajectory: 'on_track', noise: 6,
  },
  // Axe 5 — Démocratie participative, proximité et solidarités
  {
    name: 'Habitants inscrits sur la plateforme de participation', unit: 'inscrits', direction: 'increase',
    baseline: [1_200, '2025-01-31'], target: [5_000, '2032-03-21'],
    frequency: 'monthly', source: 'Statistiques de la plateforme', service: 'communication', action: 'plateforme',
    trajectory: 'on_track', cumulative: true, noise: 30,
    notes: { '2026-10': 'Ouverture du dépôt des projets du budget participatif.' },
  },
  {
    name: 'Médecins généralistes exerçant sur la commune', unit: 'médecins', direction: 'increase',
    baseline: [14, '2024-03-31'], target: [20, '2032-03-21'],
    frequency: 'quarterly', source: 'Conseil départemental de l’ordre des médecins', service: 'solidarites', action: 'medecins',
    trajectory: 'away', noise: 0,
  },
  {
    name: 'Personnes âgées isolées suivies par le CCAS', unit: 'personnes', direction: 'increase',
    baseline: [180, '2024-12-31'], target: [400, '2032-03-21'],
    frequency: 'quarterly', source: 'Registre communal des personnes vulnérables', service: 'solidarites', action: 'isolement',
    trajectory: 'on_track', noise: 3,
  },
  {
    name: 'Licenciés de moins de 18 ans dans les clubs sportifs', unit: 'licenciés', direction: 'increase',
    baseline: [2_450, '2024-12-31'], target: [3_000, '2032-03-21'],
    frequency: 'quarterly', source: 'Déclarations des clubs subventionnés', service: 'vie-locale', action: 'pass',
    trajectory: 'behind', noise: 20,
  },
  {
    name: 'Usagers satisfaits des équipements sportifs', unit: '%', direction: 'stay_above',
    baseline: [78, '2024-12-31'], target: [75, '2032-03-21'],
    frequency: 'quarterly', source: 'Enquête trimestrielle auprès des clubs et des scolaires', service: 'vie-locale',
    commitment: '5.5', trajectory: 'behind', noise: 0.8,
  },
  // Axe 6 — Finances maîtrisées et services publics de qualité
  {
    name: 'Taux communal de taxe foncière sur les propriétés bâties', unit: '%', direction: 'stay_below',
    baseline: [41.25, '2024-01-31'], target: [41.25, '2032-03-21'],
    frequency: 'quarterly', source: FINANCE_SYSTEM, service: 'finances', commitment: '6.1',
    trajectory: 'on_track', decimals: 2, noise: 0,
  },
  {
    name: 'Capacité de désendettement', unit: 'années', direction: 'stay_below',
    baseline: [6.2, '2024-12-31'], target: [8, '2032-03-21'],
    frequency: 'quarterly', source: FINANCE_SYSTEM, service: 'finances', commitment: '6.2',
    trajectory: 'on_track', decimals: 1, noise: 0.15,
  },
  {
    name: 'Taux d’épargne brute', unit: '%', direction: 'stay_above',
    baseline: [11.8, '2024-12-31'], target: [10, '2032-03-21'],
    frequency: 'quarterly', source: FINANCE_SYSTEM, service: 'finances', action: 'revue-depenses',
    trajectory: 'behind', decimals: 1, noise: 0.2,
    notes: { '2026-06': 'Hausse des cotisations de retraite employeur et des dépenses d’énergie.' },
  },
  {
    name: 'Démarches municipales disponibles en ligne', unit: '%', direction: 'increase',
    baseline: [35, '2024-12-31'], target: [80, '2029-03-22'],
    frequency: 'quarterly', source: 'Catalogue des démarches du portail citoyen', service: 'numerique', action: 'portail',
    trajectory: 'on_track', cumulative: true, noise: 0,
  },
  {
    name: 'Délai moyen de réponse aux demandes écrites des usagers', unit: 'jours', direction: 'decrease',
    baseline: [21, '2025-01-31'], target: [10, '2029-03-22'],
    frequency: 'monthly', source: 'Logiciel de gestion du courrier', service: 'dgs', commitment: '6.4',
    trajectory: 'on_track', decimals: 1, noise: 0.8,
  },
  {
    name: 'Délai d’obtention d’un rendez-vous pour une carte d’identité ou un passeport', unit: 'jours',
    direction: 'stay_below', baseline: [38, '2025-01-31'], target: [30, '2029-03-22'],
    frequency: 'monthly', source: 'Agenda en ligne des titres d’identité', service: 'dgs', action: 'titres',
    trajectory: 'reached', noise: 2,
    notes: { '2026-06': 'Mise en service de la seconde station biométrique.' },
  },
  {
    name: 'Agents à temps complet dont le cycle de travail respecte les 1 607 heures', unit: '%', direction: 'increase',
    baseline: [62, '2024-12-31'], target: [100, '2029-03-22'],
    frequency: 'quarterly', source: 'Logiciel de gestion des temps', service: 'rh', action: 'rh-1607',
    trajectory: 'behind', cumulative: true, noise: 0,
  },
  {
    name: 'Taux d’absentéisme des agents', unit: '%', direction: 'decrease',
    baseline: [9.8, '2024-03-31'], target: [7.5, '2032-03-21'],
    frequency: 'quarterly', source: 'Bilan social (données de paie)', service: 'rh', action: 'absenteisme',
    trajectory: 'behind', decimals: 1, noise: 0.25,
  },
  {
    name: 'Jeux de données publiés en open data', unit: 'jeux de données', direction: 'increase',
    baseline: [4, '2024-12-31'], target: [40, '2032-03-21'],
    frequency: 'quarterly', source: 'Portail open data de la ville', service: 'numerique', action: 'opendata',
    trajectory: 'on_track', cumulative: true, noise: 0,
  },
];
