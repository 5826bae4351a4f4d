/** Words the metropole generator combines into plausible French titles, names and comments. */

export interface AxisTheme {
  title: string;
  color: string;
  /** Objects of the commitments of the axis, e.g. "le réseau de tramway". */
  topics: readonly string[];
}

export const AXIS_THEMES: readonly AxisTheme[] = [
  { title: 'Climat et transition énergétique', color: '#2E7D32', topics: ['les réseaux de chaleur', 'la rénovation énergétique', 'les énergies renouvelables', 'le plan climat'] },
  { title: 'Mobilités et transports en commun', color: '#1565C0', topics: ['le réseau de tramway', 'les lignes de bus express', 'le réseau cyclable', 'les pôles d’échanges'] },
  { title: 'Habitat et logement', color: '#AD1457', topics: ['le logement social', 'la rénovation des copropriétés', 'l’accession abordable', 'l’hébergement d’urgence'] },
  { title: 'Développement économique et emploi', color: '#6A1B9A', topics: ['les zones d’activités', 'l’accompagnement des entreprises', 'l’insertion professionnelle', 'le commerce de proximité'] },
  { title: 'Eau et assainissement', color: '#0277BD', topics: ['les réseaux d’eau potable', 'les stations d’épuration', 'la gestion des eaux pluviales', 'la tarification sociale de l’eau'] },
  { title: 'Déchets et économie circulaire', color: '#558B2F', topics: ['le tri à la source des biodéchets', 'les déchèteries', 'le réemploi', 'la réduction des emballages'] },
  { title: 'Aménagement et urbanisme', color: '#4E342E', topics: ['le plan local d’urbanisme', 'les friches urbaines', 'les opérations d’aménagement', 'la sobriété foncière'] },
  { title: 'Enseignement supérieur et recherche', color: '#283593', topics: ['les campus', 'le logement étudiant', 'les pôles de recherche', 'la vie étudiante'] },
  { title: 'Culture et patrimoine', color: '#C62828', topics: ['les grands équipements culturels', 'le patrimoine bâti', 'l’éducation artistique', 'les festivals'] },
  { title: 'Sport et grands équipements', color: '#00838F', topics: ['les piscines', 'les équipements sportifs', 'le sport santé', 'les grands événements sportifs'] },
  { title: 'Solidarités et cohésion sociale', color: '#B45309', topics: ['l’accès aux droits', 'la lutte contre la précarité', 'l’autonomie des aînés', 'l’inclusion des personnes handicapées'] },
  { title: 'Santé et environnement', color: '#00695C', topics: ['la qualité de l’air', 'les centres de santé', 'la lutte contre le bruit', 'les îlots de fraîcheur'] },
  { title: 'Numérique et innovation', color: '#37474F', topics: ['la fibre et les usages numériques', 'les données ouvertes', 'l’inclusion numérique', 'les services en ligne'] },
  { title: 'Tourisme et attractivité', color: '#AD5700', topics: ['l’accueil touristique', 'le tourisme d’affaires', 'les itinéraires de découverte', 'la marque territoriale'] },
  { title: 'Agriculture et alimentation', color: '#33691E', topics: ['le projet alimentaire territorial', 'l’installation agricole', 'la restauration collective', 'les circuits courts'] },
  { title: 'Sécurité et prévention', color: '#5E35B1', topics: ['la vidéoprotection', 'la prévention de la délinquance', 'la sécurité routière', 'la gestion des risques'] },
  { title: 'Politique de la ville', color: '#8E24AA', topics: ['le renouvellement urbain', 'les quartiers prioritaires', 'la réussite éducative', 'les maisons de quartier'] },
  { title: 'Coopération territoriale', color: '#1B5E20', topics: ['les contrats de réciprocité', 'les communes rurales voisines', 'la coopération européenne', 'les syndicats mixtes'] },
  { title: 'Démocratie et participation citoyenne', color: '#0D47A1', topics: ['le budget participatif', 'les conseils de développement', 'les consultations en ligne', 'la transparence des décisions'] },
  { title: 'Finances, ressources et administration', color: '#424242', topics: ['la trajectoire financière', 'la mutualisation des services', 'la qualité de vie au travail', 'la commande publique responsable'] },
];

export const COMMITMENT_VERBS = ['Développer', 'Renforcer', 'Moderniser', 'Étendre', 'Garantir', 'Accélérer', 'Soutenir', 'Repenser', 'Structurer', 'Améliorer'];

export const ACTION_STEPS = [
  'Lancer l’étude préalable sur',
  'Conduire la concertation sur',
  'Attribuer le marché de travaux pour',
  'Réaliser la première tranche de',
  'Déployer',
  'Évaluer',
  'Signer la convention de financement pour',
  'Recruter l’équipe projet de',
  'Mettre en service',
  'Achever la seconde tranche de',
];

export const COMMUNES = [
  'Valmont', 'Saint-Aubin-des-Prés', 'Rochefort-sur-Loire', 'Les Ormeaux', 'Bellerive', 'Montgenêt', 'La Chapelle-aux-Saules',
  'Villeneuve-du-Lac', 'Sainte-Anne', 'Le Plessis-Doré', 'Beaulieu', 'Coteaux-de-l’Aubance', 'Port-Joubert', 'Malvoisine',
];

export const FIRST_NAMES = [
  'Camille', 'Julien', 'Sophie', 'Karim', 'Nathalie', 'Olivier', 'Amina', 'Pierre-Yves', 'Élodie', 'Laurent', 'Claire', 'Marc',
  'Émilie', 'Thomas', 'Philippe', 'Isabelle', 'Mehdi', 'Valérie', 'Sandrine', 'Nicolas', 'Fatima', 'Franck', 'Anne-Sophie',
  'Christophe', 'Léa', 'Romain', 'Manon', 'Hélène', 'Yacine', 'Gaëlle', 'Bruno', 'Inès', 'François', 'Aurélie', 'Stéphane',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Lemoine', 'Mercier', 'Garnier', 'Benali', 'Roussel', 'Fabre', 'Diallo', 'Le Gall', 'Vasseur',
  'Dufresne', 'Besson', 'Tessier', 'Carrel', 'Morel', 'Gauthier', 'Caron', 'Haddad', 'Perrin', 'Lefèvre', 'Bertin', 'Belkacem',
  'Morin', 'Roche', 'Lambert', 'Fontaine', 'Giraud', 'Leroy', 'Nguyen', 'Chevalier', 'Boyer', 'Rivière', 'Meunier', 'Barbier',
];

export const DIRECTORATES = [
  { name: 'Direction générale des services', code: 'DGS' },
  { name: 'Pôle transition écologique', code: 'PTE' },
  { name: 'Pôle mobilités', code: 'PMOB' },
  { name: 'Pôle aménagement et habitat', code: 'PAH' },
  { name: 'Pôle développement et attractivité', code: 'PDA' },
  { name: 'Pôle cohésion et solidarités', code: 'PCS' },
  { name: 'Pôle ressources', code: 'PRES' },
  { name: 'Pôle proximité et services urbains', code: 'PPSU' },
];

export const SERVICE_NAMES = [
  'Énergie et climat', 'Eau potable', 'Assainissement', 'Collecte des déchets', 'Voirie', 'Transports collectifs', 'Vélo et marche',
  'Stationnement', 'Urbanisme réglementaire', 'Foncier', 'Habitat', 'Politique de la ville', 'Économie et emploi', 'Tourisme',
  'Enseignement supérieur', 'Culture', 'Sports', 'Santé publique', 'Solidarités', 'Autonomie', 'Finances', 'Commande publique',
  'Ressources humaines', 'Systèmes d’information', 'Données et innovation', 'Communication', 'Participation citoyenne',
  'Affaires juridiques', 'Patrimoine bâti', 'Espaces verts', 'Prévention et sécurité', 'Relations aux communes',
];

export const BLOCKERS = [
  'Recours contentieux contre le permis de construire, audience attendue.',
  'Appel d’offres infructueux : aucune offre recevable, relance en cours.',
  'Cofinancement régional non encore voté.',
  'Découverte de pollution des sols sur l’emprise du chantier.',
  'Poste de chef de projet vacant depuis plusieurs mois.',
  'Avis défavorable de l’architecte des bâtiments de France, projet à reprendre.',
];

export const NEXT_STEPS = [
  'Présentation en bureau métropolitain le mois prochain.',
  'Comité de pilotage avec les communes concernées.',
  'Analyse des offres et choix de l’attributaire.',
  'Réunion publique de présentation du projet.',
  'Dépôt du dossier de subvention auprès de l’État.',
  'Réception des travaux et levée des réserves.',
];

export const GAP_JUSTIFICATIONS = [
  'Le coût des travaux a doublé depuis l’élaboration du programme ; l’objectif est ramené à ce que le budget pluriannuel permet.',
  'Le partenaire principal s’est retiré du projet ; la métropole recherche un autre montage avant d’engager de nouvelles dépenses.',
  'La concertation a fait émerger un autre besoin prioritaire ; l’engagement est réorienté en accord avec les communes.',
  'Le cadre réglementaire national a changé et rend le projet initial impossible en l’état.',
];

export interface IndicatorTemplate {
  name: string;
  unit: string;
  /** Typical baseline range. */
  base: readonly [number, number];
  decimals: number;
}

export const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  { name: 'Logements sociaux livrés', unit: 'logements', base: [200, 1500], decimals: 0 },
  { name: 'Part modale du vélo', unit: '%', base: [2, 9], decimals: 1 },
  { name: 'Émissions de gaz à effet de serre du patrimoine', unit: 'tCO2e', base: [8000, 40000], decimals: 0 },
  { name: 'Fréquentation du réseau de transports', unit: 'voyages/jour', base: [80000, 300000], decimals: 0 },
  { name: 'Kilomètres d’aménagements cyclables', unit: 'km', base: [100, 600], decimals: 1 },
  { name: 'Déchets ménagers résiduels par habitant', unit: 'kg/hab/an', base: [180, 260], decimals: 1 },
  { name: 'Rendement du réseau d’eau potable', unit: '%', base: [78, 90], decimals: 1 },
  { name: 'Surface désimperméabilisée', unit: 'm²', base: [0, 20000], decimals: 0 },
  { name: 'Délai moyen de traitement des demandes', unit: 'jours', base: [10, 60], decimals: 1 },
  { name: 'Concentration annuelle moyenne en NO2', unit: 'µg/m³', base: [15, 35], decimals: 1 },
  { name: 'Demandeurs d’emploi accompagnés', unit: 'personnes', base: [500, 4000], decimals: 0 },
  { name: 'Taux de satisfaction des usagers', unit: '%', base: [60, 85], decimals: 0 },
  { name: 'Consommation d’énergie des bâtiments', unit: 'MWh', base: [20000, 90000], decimals: 0 },
  { name: 'Repas bio et locaux en restauration collective', unit: '%', base: [15, 40], decimals: 0 },
  { name: 'Participants aux dispositifs participatifs', unit: 'participants', base: [1000, 15000], decimals: 0 },
  { name: 'Capacité d’autofinancement', unit: 'M€', base: [60, 180], decimals: 1 },
];
