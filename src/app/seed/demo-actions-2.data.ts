import type { ActionSpec } from './demo-data.types.js';

/** Actions of axes 4 to 6 (sécurité, démocratie et solidarités, finances et services publics). */
export const DEMO_ACTIONS_AXES_4_TO_6: readonly ActionSpec[] = [
  // 4.1 Police municipale à 18 agents
  {
    commitment: '4.1', service: 'rh', key: 'recrutement-pm',
    title: 'Recrutement de trois policiers municipaux (tranche 2026)',
    start: '2026-04-01', due: '2026-09-30', fate: 'stormy', etp: 0.3, priority: 'high',
    blockers: 'Deux candidats retenus ont finalement rejoint des communes voisines qui proposent un régime indemnitaire plus élevé ; un seul poste sur trois est pourvu.',
    nextSteps: 'Nouvelle campagne de recrutement et étude d’une revalorisation de l’indemnité spéciale de fonction, à arbitrer au budget 2027.',
  },
  {
    commitment: '4.1', service: 'rh',
    title: 'Recrutement de trois policiers municipaux (tranche 2027)',
    start: '2027-01-04', due: '2027-09-30', etp: 0.3,
  },
  {
    commitment: '4.1', service: 'batiments',
    title: 'Nouveau poste de police municipale en centre-ville',
    start: '2026-09-01', due: '2027-12-17', fate: 'blocked', budget: 850_000,
    blockers: 'Le bâtiment retenu (ancienne trésorerie) appartient à l’État : sa cession par la direction départementale des finances publiques n’est pas actée, ce qui bloque les études.',
    nextSteps: 'Relance du préfet par la maire ; solution de repli étudiée dans l’ancien bureau de poste.',
  },
  {
    commitment: '4.1', service: 'police',
    title: 'Équipement des agents : caméras-piétons et radios numériques',
    start: '2026-05-04', due: '2026-12-18', budget: 38_000,
  },
  // 4.2 Police de proximité
  {
    commitment: '4.2', service: 'police',
    title: 'Création d’une brigade de soirée (jusqu’à 1 h du matin)',
    start: '2027-03-01', due: '2027-12-17', etp: 2, priority: 'high',
  },
  {
    commitment: '4.2', service: 'police',
    title: 'Un policier référent par quartier et permanences dans les maisons de quartier',
    start: '2026-10-01', due: '2027-03-31', etp: 1,
    nextSteps: 'Premières permanences aux Coteaux et à la Gare en janvier.',
  },
  // 4.3 Vidéoprotection
  {
    commitment: '4.3', service: 'police',
    title: 'Diagnostic de sûreté et plan d’implantation des caméras',
    start: '2026-04-15', due: '2026-12-11', budget: 20_000,
    nextSteps: 'Validation du plan d’implantation par le référent sûreté de la police nationale.',
  },
  {
    commitment: '4.3', service: 'numerique', key: 'cameras',
    title: 'Installation de 30 caméras de vidéoprotection (trois tranches)',
    start: '2026-09-01', due: '2028-12-15', budget: 690_000, etp: 0.5,
  },
  {
    commitment: '4.3', service: 'numerique',
    title: 'Modernisation du centre de supervision urbain',
    start: '2026-06-01', due: '2026-11-20', fate: 'blocked', budget: 160_000,
    blockers: 'Le fonds interministériel de prévention de la délinquance n’a pas retenu le dossier en 2026 ; le plan de financement est à revoir avant de passer commande.',
    nextSteps: 'Nouveau dépôt au FIPD 2027 et inscription des crédits au budget primitif.',
  },
  // 4.4 Médiation et prévention
  {
    commitment: '4.4', service: 'solidarites',
    title: 'Recrutement de deux médiateurs de nuit',
    start: '2026-05-04', due: '2026-09-30', fate: 'late', budget: 90_000, etp: 2,
    blockers: 'Un seul médiateur recruté à ce jour.',
    nextSteps: 'Second poste republié ; jury prévu le 12 décembre.',
  },
  {
    commitment: '4.4', service: 'solidarites',
    title: 'Chantiers éducatifs pour les 16-25 ans avec le bailleur social',
    start: '2026-09-01', due: '2027-07-09', budget: 45_000,
  },
  // 4.5 Dépôts sauvages
  {
    commitment: '4.5', service: 'police', key: 'depots',
    title: 'Brigade propreté : constat et verbalisation des dépôts sauvages',
    start: '2026-05-04', due: '2026-12-31', etp: 1.5,
    nextSteps: 'Bilan des 120 premiers procès-verbaux avec le syndicat de collecte.',
  },
  {
    commitment: '4.5', service: 'police',
    title: 'Pièges photographiques sur les huit points noirs',
    start: '2026-06-01', due: '2026-09-30', fate: 'late', budget: 16_000,
    blockers: 'Livraison des appareils retardée ; l’analyse d’impact sur la protection des données est en cours avec le délégué à la protection des données.',
    nextSteps: 'Installation sur les quatre premiers sites en décembre.',
  },
  // 4.6 CLSPD
  {
    commitment: '4.6', service: 'dgs',
    title: 'Réinstallation du CLSPD et stratégie territoriale de sécurité',
    start: '2026-04-15', due: '2026-12-18', etp: 0.3,
    nextSteps: 'Séance plénière du CLSPD le 16 décembre en présence du préfet et du procureur de la République.',
  },
  // 5.1 Budget participatif
  {
    commitment: '5.1', service: 'communication', key: 'plateforme',
    title: 'Règlement du budget participatif et plateforme de participation en ligne',
    start: '2026-04-15', due: '2026-09-30', budget: 24_000, etp: 0.5,
  },
  {
    commitment: '5.1', service: 'communication', key: 'bp-edition',
    title: 'Première édition : dépôt, instruction et vote des projets',
    start: '2026-10-01', due: '2027-06-30', budget: 30_000, etp: 1,
    nextSteps: 'Clôture du dépôt des projets le 15 janvier ; instruction par les services en février et mars.',
  },
  {
    commitment: '5.1', service: 'dst',
    title: 'Réalisation des projets lauréats de la première édition',
    start: '2027-07-01', due: '2028-12-15', budget: 600_000,
  },
  // 5.2 Conseils de quartier (tenu)
  {
    commitment: '5.2', service: 'communication',
    title: 'Charte et installation des six conseils de quartier',
    start: '2026-04-01', due: '2026-10-16', budget: 10_000, etp: 0.5,
  },
  // 5.3 Maison de santé
  {
    commitment: '5.3', service: 'solidarites',
    title: 'Diagnostic des besoins de santé avec la CPTS et l’ARS',
    start: '2026-04-15', due: '2026-09-30', fate: 'done', budget: 25_000,
  },
  {
    commitment: '5.3', service: 'solidarites', key: 'medecins',
    title: 'Recherche de professionnels et écriture du projet de santé',
    start: '2026-06-01', due: '2027-06-30', fate: 'stormy', etp: 0.5, priority: 'high',
    blockers: 'Deux médecins seulement sur les six nécessaires ont signé une lettre d’intention, et deux généralistes annoncent leur départ à la retraite en 2027. Sans projet de santé validé par l’ARS, le financement des locaux reste incertain.',
    nextSteps: 'Présence aux journées d’accueil des internes de la faculté de médecine ; étude d’un centre de santé municipal avec des médecins salariés.',
  },
  {
    commitment: '5.3', service: 'batiments',
    title: 'Construction de la maison de santé pluriprofessionnelle',
    start: '2027-04-01', due: '2029-03-16', budget: 2_600_000, priority: 'high',
  },
  // 5.4 Mutuelle communale (tenu)
  {
    commitment: '5.4', service: 'solidarites', key: 'mutuelle',
    title: 'Choix de l’organisme et lancement de la mutuelle communale',
    start: '2026-04-15', due: '2026-10-30', budget: 6_000, etp: 0.3,
  },
  // 5.5 Gymnase Coubertin
  {
    commitment: '5.5', service: 'batiments',
    title: 'Diagnostic et programme de rénovation du gymnase Coubertin',
    start: '2027-01-04', due: '2027-10-29', budget: 60_000,
  },
  {
    commitment: '5.5', service: 'batiments',
    title: 'Travaux de rénovation du gymnase Coubertin',
    start: '2028-03-01', due: '2029-09-28', budget: 2_100_000,
  },
  // 5.6 Pass culture-sport
  {
    commitment: '5.6', service: 'vie-locale', key: 'pass',
    title: 'Création du pass culture-sport (100 € par jeune de 6 à 18 ans)',
    start: '2026-05-04', due: '2026-11-13', fate: 'late', budget: 150_000, etp: 0.5,
    blockers: 'Le conseil municipal de novembre a renvoyé le règlement en commission pour élargir la liste des activités.',
    nextSteps: 'Vote du règlement au conseil municipal du 14 décembre ; ouverture des demandes en ligne en janvier.',
  },
  {
    commitment: '5.6', service: 'vie-locale',
    title: 'Conventions avec les clubs et associations partenaires',
    start: '2026-09-01', due: '2027-03-31', etp: 0.5,
  },
  // 5.7 Isolement des aînés
  {
    commitment: '5.7', service: 'solidarites', key: 'isolement',
    title: 'Registre des aînés isolés et appels de convivialité',
    start: '2026-05-04', due: '2027-03-31', etp: 0.8,
    nextSteps: 'Recrutement de 15 bénévoles pour les visites à domicile de l’hiver.',
  },
  {
    commitment: '5.7', service: 'solidarites',
    title: 'Adhésion au réseau Villes amies des aînés et diagnostic partagé',
    start: '2027-01-04', due: '2027-12-17', budget: 15_000,
  },
  // 5.8 Centre aquatique (abandonné)
  {
    commitment: '5.8', service: 'vie-locale',
    title: 'Étude de faisabilité d’un second centre aquatique',
    description: 'Arrêtée en septembre 2026 après la décision de l’agglomération, compétente au 1er janvier 2027, de rénover le centre aquatique existant.',
    start: '2026-04-15', due: '2026-12-18', fate: 'cancelled', budget: 45_000,
  },
  // 6.1 Taux d'imposition
  {
    commitment: '6.1', service: 'finances',
    title: 'Préparation et vote du budget 2027 à taux constants',
    start: '2026-09-01', due: '2027-04-15', etp: 1, priority: 'high',
    nextSteps: 'Débat d’orientation budgétaire le 14 décembre ; vote du budget primitif en mars.',
  },
  {
    commitment: '6.1', service: 'dgs', key: 'revue-depenses',
    title: 'Revue des dépenses de fonctionnement (−3 % hors masse salariale)',
    start: '2026-05-04', due: '2026-10-30', fate: 'late', etp: 0.5,
    nextSteps: 'Arbitrage des dernières pistes (contrats de maintenance, flotte automobile) au comité de direction du 8 décembre.',
  },
  {
    commitment: '6.1', service: 'finances',
    title: 'Optimisation des recettes : tarifs et redevances d’occupation du domaine public',
    start: '2026-06-01', due: '2027-03-31', etp: 0.3,
  },
  // 6.2 Dette
  {
    commitment: '6.2', service: 'finances', key: 'ppi',
    title: 'Plan pluriannuel d’investissement 2027-2032',
    start: '2026-05-04', due: '2026-11-20', fate: 'late', etp: 0.8, priority: 'high',
    nextSteps: 'PPI présenté au séminaire des élus du 7 novembre ; arbitrages finaux en décembre, avant le débat d’orientation budgétaire.',
  },
  {
    commitment: '6.2', service: 'finances',
    title: 'Renégociation de deux emprunts à taux variable',
    start: '2026-06-01', due: '2027-03-31', etp: 0.2,
    nextSteps: 'Propositions de deux banques attendues en janvier.',
  },
  // 6.3 Démarches en ligne
  {
    commitment: '6.3', service: 'numerique', key: 'portail',
    title: 'Portail citoyen : 40 démarches en ligne',
    start: '2026-06-01', due: '2027-12-17', revisedDue: '2028-06-30', budget: 210_000, etp: 1.5,
    nextSteps: 'Mise en ligne des inscriptions périscolaires et des demandes d’occupation du domaine public en février.',
  },
  {
    commitment: '6.3', service: 'numerique',
    title: 'Gestion de la relation usager et suivi des demandes',
    start: '2027-01-04', due: '2028-06-30', budget: 160_000,
  },
  {
    commitment: '6.3', service: 'solidarites',
    title: 'Ateliers d’inclusion numérique avec les conseillers numériques',
    start: '2026-09-01', due: '2027-06-30', budget: 20_000, etp: 1,
  },
  {
    commitment: '6.3', service: 'numerique',
    title: 'Migration de la messagerie et des outils collaboratifs',
    start: '2026-04-15', due: '2026-09-30', fate: 'stormy', budget: 85_000, etp: 1,
    blockers: 'Incompatibilité entre la nouvelle messagerie et le logiciel d’état civil : l’éditeur doit livrer un correctif, annoncé pour janvier. 120 agents restent sur l’ancienne messagerie.',
    nextSteps: 'Recette du correctif de l’éditeur, puis migration des services à la population.',
  },
  // 6.4 Guichet unique et France Services
  {
    commitment: '6.4', service: 'dgs',
    title: 'Labellisation France Services de la mairie annexe des Coteaux',
    start: '2026-09-01', due: '2027-06-30', budget: 80_000, etp: 0.5,
    nextSteps: 'Dépôt du dossier de labellisation en préfecture en février ; formation de deux agents d’accueil.',
  },
  {
    commitment: '6.4', service: 'batiments',
    title: 'Réaménagement de l’accueil unique de l’hôtel de ville',
    start: '2027-01-04', due: '2027-12-17', budget: 450_000,
  },
  {
    commitment: '6.4', service: 'dgs', key: 'titres',
    title: 'Station supplémentaire pour les cartes d’identité et les passeports',
    start: '2026-05-04', due: '2026-09-30', budget: 12_000, etp: 1,
  },
  // 6.5 Qualité de vie au travail
  {
    commitment: '6.5', service: 'rh',
    title: 'Enquête de qualité de vie au travail auprès des agents',
    start: '2026-05-04', due: '2026-12-18', budget: 18_000, etp: 0.3,
    nextSteps: 'Restitution des résultats aux agents et au comité social territorial en décembre.',
  },
  {
    commitment: '6.5', service: 'rh', key: 'rh-1607',
    title: 'Bilan du passage aux 1 607 heures et réorganisation des cycles de travail',
    start: '2026-06-01', due: '2026-12-18', fate: 'blocked', etp: 0.5,
    blockers: 'Désaccord en comité social territorial sur les cycles de travail des services techniques (annualisation l’été). Les représentants du personnel demandent une étude de charge préalable.',
    nextSteps: 'Nouvelle réunion de concertation le 11 décembre, avec une étude de charge par équipe.',
  },
  {
    commitment: '6.5', service: 'rh',
    title: 'Charte du télétravail',
    start: '2026-09-01', due: '2027-01-29', etp: 0.2,
  },
  {
    commitment: '6.5', service: 'rh', key: 'absenteisme',
    title: 'Plan de prévention de l’absentéisme et de l’usure professionnelle',
    start: '2027-01-04', due: '2027-12-17', budget: 40_000,
  },
  // 6.6 Données ouvertes et bilan
  {
    commitment: '6.6', service: 'numerique', key: 'opendata',
    title: 'Publication des données en open data (subventions, marchés, délibérations)',
    start: '2026-06-01', due: '2027-03-31', budget: 15_000, etp: 0.3,
  },
  {
    commitment: '6.6', service: 'dgs',
    title: 'Tableau de bord public de suivi des engagements',
    start: '2027-01-04', due: '2027-06-30', budget: 10_000,
  },
  {
    commitment: '6.6', service: 'dgs',
    title: 'Bilan de mi-mandat et restitution publique',
    start: '2028-09-01', due: '2029-06-29', budget: 25_000,
  },
];
