import type { ActionSpec } from './demo-data.types.js';

/** Actions of axes 1 to 3 (transition écologique, mobilités, éducation). */
export const DEMO_ACTIONS_AXES_1_TO_3: readonly ActionSpec[] = [
  // 1.1 Rénovation thermique des écoles
  {
    commitment: '1.1', service: 'batiments', key: 'audit-ecoles',
    title: 'Audit énergétique des neuf groupes scolaires',
    start: '2026-04-15', due: '2026-09-30', fate: 'late', budget: 68_000, etp: 0.5, priority: 'high',
    blockers: 'Le bureau d’études a pris deux mois de retard sur les relevés des groupes scolaires Pasteur et Marie-Curie.',
    nextSteps: 'Restitution des derniers audits mi-décembre, puis hiérarchisation des travaux au comité de pilotage de janvier.',
  },
  {
    commitment: '1.1', service: 'batiments', key: 'gs-ferry',
    title: 'Rénovation globale du groupe scolaire Jules-Ferry (isolation, menuiseries, ventilation)',
    start: '2026-06-01', due: '2028-08-31', budget: 2_400_000, etp: 1.5, priority: 'high',
    nextSteps: 'Jury du concours de maîtrise d’œuvre le 15 janvier 2027 ; travaux en site occupé à partir de l’été 2027.',
  },
  {
    commitment: '1.1', service: 'batiments',
    title: 'Rénovation du groupe scolaire Pasteur',
    start: '2028-01-10', due: '2030-08-30', budget: 2_900_000, etp: 1, priority: 'high',
  },
  {
    commitment: '1.1', service: 'batiments',
    title: 'Raccordement des écoles du quartier Nord au réseau de chaleur biomasse',
    start: '2029-04-02', due: '2031-10-31', budget: 650_000, etp: 0.3,
  },
  {
    commitment: '1.1', service: 'finances',
    title: 'Demandes de subventions (fonds vert, DSIL) pour le programme de rénovation des écoles',
    start: '2026-09-01', due: '2027-01-29', etp: 0.3, priority: 'high',
    nextSteps: 'Dossier fonds vert de Jules-Ferry déposé ; dossier DSIL à compléter avec l’avant-projet sommaire.',
  },
  {
    commitment: '1.1', service: 'transition', key: 'operat',
    title: 'Suivi des consommations des bâtiments (plateforme OPERAT, décret tertiaire)',
    start: '2026-05-04', due: '2027-06-30', budget: 12_000, etp: 0.5,
    nextSteps: 'Pose de compteurs communicants dans les neuf groupes scolaires et les quatre gymnases.',
  },
  // 1.2 Cours oasis
  {
    commitment: '1.2', service: 'education',
    title: 'Diagnostic et concertation avec les équipes éducatives et les enfants',
    start: '2026-04-20', due: '2026-07-10', budget: 15_000, etp: 0.3,
  },
  {
    commitment: '1.2', service: 'espaces-publics', key: 'oasis-tilleuls',
    title: 'Cour oasis de l’école maternelle Les Tilleuls',
    start: '2026-09-01', due: '2027-08-31', budget: 320_000, etp: 0.8,
    nextSteps: 'Validation de l’avant-projet avec le conseil d’école en décembre ; consultation des entreprises en février pour des travaux l’été 2027.',
  },
  {
    commitment: '1.2', service: 'espaces-publics',
    title: 'Cours oasis des écoles Marie-Curie et Jacques-Prévert',
    start: '2027-09-01', due: '2029-08-31', budget: 540_000,
  },
  {
    commitment: '1.2', service: 'espaces-publics',
    title: 'Désimperméabilisation des cours des six autres écoles',
    start: '2029-09-03', due: '2031-08-29', budget: 900_000,
  },
  // 1.3 10 000 arbres
  {
    commitment: '1.3', service: 'espaces-publics',
    title: 'Plan de plantation pluriannuel et cartographie des sites',
    start: '2026-04-01', due: '2026-12-18', budget: 25_000, etp: 0.5,
    nextSteps: 'Présentation de la carte des 60 sites de plantation aux conseils de quartier.',
  },
  {
    commitment: '1.3', service: 'espaces-publics', key: 'plantation',
    title: 'Saison de plantation 2026-2027 : 1 500 arbres, dont la microforêt du parc des Rives',
    start: '2026-10-12', due: '2027-03-31', fate: 'stormy', budget: 210_000, etp: 1.5, priority: 'high',
    blockers: 'Le marché de fourniture des arbres a été déclaré infructueux (une seule offre, 40 % au-dessus de l’estimation). Relancé en procédure adaptée, il ne permettra de planter qu’à partir de janvier : la saison est réduite de moitié.',
    nextSteps: 'Attribution du marché relancé le 18 décembre ; plantations citoyennes les 16 et 23 janvier.',
  },
  {
    commitment: '1.3', service: 'communication',
    title: 'Opération « Un arbre, une naissance » avec les familles',
    start: '2027-01-11', due: '2032-03-19', budget: 45_000, etp: 0.2, priority: 'low',
  },
  {
    commitment: '1.3', service: 'espaces-publics',
    title: 'Création de trois vergers partagés',
    start: '2027-03-01', due: '2028-11-30', budget: 60_000, priority: 'low',
  },
  // 1.4 Photovoltaïque (révisé)
  {
    commitment: '1.4', service: 'batiments',
    title: 'Étude de potentiel solaire et de structure des toitures municipales',
    description: 'L’étude a montré que les charpentes de deux gymnases ne peuvent pas porter de panneaux sans renforcement.',
    start: '2026-04-15', due: '2026-09-30', budget: 38_000, etp: 0.3,
  },
  {
    commitment: '1.4', service: 'batiments', key: 'pv-ctm',
    title: 'Centrale photovoltaïque sur le centre technique municipal (250 kWc)',
    start: '2026-10-01', due: '2027-12-17', revisedDue: '2028-06-30', budget: 380_000, etp: 0.5,
    nextSteps: 'Demande de raccordement déposée auprès d’Enedis ; attente de la proposition technique et financière (délai annoncé : six mois).',
  },
  {
    commitment: '1.4', service: 'transition',
    title: 'Ombrières photovoltaïques du parking de la piscine (tiers investisseur)',
    start: '2027-06-01', due: '2029-03-16', etp: 0.3,
  },
  {
    commitment: '1.4', service: 'batiments',
    title: 'Panneaux photovoltaïques sur les gymnases Coubertin et Mimoun',
    description: 'Annulée en octobre 2026 : le renforcement des charpentes est estimé à 1,2 M€. Les gymnases seront équipés lors de la réfection de leurs toitures.',
    start: '2026-09-01', due: '2028-06-30', fate: 'cancelled', budget: 520_000,
  },
  // 1.5 Éclairage public
  {
    commitment: '1.5', service: 'espaces-publics',
    title: 'Extinction de l’éclairage public de 23 h 30 à 5 h dans les quartiers résidentiels',
    start: '2026-04-01', due: '2026-07-31', budget: 18_000, etp: 0.3,
  },
  {
    commitment: '1.5', service: 'espaces-publics', key: 'led',
    title: 'Remplacement de 2 800 points lumineux par des LED',
    start: '2026-06-01', due: '2029-12-21', budget: 1_950_000, etp: 1, priority: 'high',
    nextSteps: 'Tranche 2027 : quartiers de la Gare et des Coteaux (620 points lumineux).',
  },
  {
    commitment: '1.5', service: 'espaces-publics',
    title: 'Télégestion des armoires d’éclairage public',
    start: '2027-01-04', due: '2028-06-30', budget: 240_000,
  },
  // 1.6 Déchets
  {
    commitment: '1.6', service: 'transition', key: 'compost',
    title: 'Déploiement de 25 sites de compostage partagé',
    start: '2027-01-11', due: '2028-12-15', budget: 75_000,
  },
  {
    commitment: '1.6', service: 'transition',
    title: 'Étude de tarification incitative avec le syndicat de collecte',
    start: '2027-03-01', due: '2027-12-17', budget: 25_000,
  },
  // 2.1 Plan vélo
  {
    commitment: '2.1', service: 'urbanisme', key: 'schema-velo',
    title: 'Schéma directeur cyclable : concertation, tracés et phasage',
    start: '2026-04-15', due: '2026-10-30', fate: 'late', budget: 55_000, etp: 0.8, priority: 'high',
    blockers: 'Deux réunions publiques supplémentaires demandées par les commerçants de l’avenue de la Loire.',
    nextSteps: 'Présentation du schéma au conseil municipal du 14 décembre, après l’avis des conseils de quartier.',
  },
  {
    commitment: '2.1', service: 'espaces-publics', key: 'piste-loire',
    title: 'Piste cyclable bidirectionnelle avenue de la Loire (2,4 km)',
    start: '2026-09-01', due: '2027-10-29', revisedDue: '2028-03-31', budget: 1_350_000, etp: 1, priority: 'high',
    nextSteps: 'Dévoiement des réseaux d’eau en janvier, travaux par tronçons à partir de mars.',
  },
  {
    commitment: '2.1', service: 'espaces-publics',
    title: 'Liaison cyclable gare – zone d’activités des Varennes',
    start: '2027-06-01', due: '2029-03-16', budget: 1_800_000,
  },
  {
    commitment: '2.1', service: 'urbanisme',
    title: 'Abri vélos sécurisé de 200 places à la gare',
    start: '2026-06-15', due: '2027-06-30', fate: 'blocked', budget: 420_000,
    blockers: 'La convention d’occupation avec SNCF Gares & Connexions n’est pas signée : le foncier du parvis doit d’abord être déclassé. Sans convention, la subvention régionale ne peut pas être demandée.',
    nextSteps: 'Réunion avec SNCF Gares & Connexions et la Région le 9 décembre.',
  },
  {
    commitment: '2.1', service: 'espaces-publics',
    title: 'Arceaux vélos devant les écoles et les équipements (300 places)',
    start: '2026-05-04', due: '2027-03-31', budget: 45_000, etp: 0.2,
  },
  {
    commitment: '2.1', service: 'transition', key: 'aide-vae',
    title: 'Aide à l’achat de vélos à assistance électrique et de vélos cargos',
    start: '2026-09-01', due: '2029-03-16', fate: 'ahead', budget: 150_000, etp: 0.3,
    nextSteps: 'Bilan des 180 premières aides et révision du barème au budget 2027.',
  },
  // 2.2 Ville à 30
  {
    commitment: '2.2', service: 'espaces-publics', key: 'zone30',
    title: 'Généralisation du 30 km/h : arrêté et signalisation',
    start: '2026-05-04', due: '2026-12-18', budget: 95_000, etp: 0.5,
    nextSteps: 'Pose des derniers panneaux d’entrée de zone dans le quartier des Coteaux.',
  },
  {
    commitment: '2.2', service: 'espaces-publics',
    title: 'Aménagements de modération de la vitesse sur 12 sites',
    start: '2027-02-01', due: '2028-12-15', budget: 600_000,
  },
  {
    commitment: '2.2', service: 'police', key: 'radars',
    title: 'Radars pédagogiques et contrôles de vitesse',
    start: '2026-06-01', due: '2027-06-30', budget: 24_000, etp: 0.5,
  },
  // 2.3 Abords des écoles
  {
    commitment: '2.3', service: 'espaces-publics',
    title: 'Expérimentation de rues scolaires devant trois écoles',
    start: '2026-09-01', due: '2026-11-13', budget: 12_000,
  },
  {
    commitment: '2.3', service: 'espaces-publics',
    title: 'Pérennisation et extension des rues scolaires à six écoles',
    start: '2027-01-04', due: '2027-12-17', budget: 180_000,
  },
  {
    commitment: '2.3', service: 'education',
    title: 'Plans de déplacements scolaires et lignes de pédibus',
    start: '2026-09-01', due: '2027-06-30', etp: 0.3,
    nextSteps: 'Lancement de deux lignes de pédibus à l’école Jules-Ferry après les vacances d’hiver.',
  },
  // 2.4 Navette (révisé)
  {
    commitment: '2.4', service: 'urbanisme',
    title: 'Étude d’opportunité de la navette centre-ville – gare',
    description: 'L’étude a chiffré l’exploitation d’une navette régulière à 390 000 € par an.',
    start: '2026-04-15', due: '2026-07-31', budget: 35_000,
  },
  {
    commitment: '2.4', service: 'urbanisme', key: 'tad',
    title: 'Transport à la demande gratuit avec l’agglomération',
    start: '2026-10-01', due: '2027-09-30', budget: 95_000, etp: 0.5,
    nextSteps: 'Négociation de la convention avec l’agglomération ; choix des points d’arrêt avec les conseils de quartier.',
  },
  {
    commitment: '2.4', service: 'finances',
    title: 'Acquisition de deux navettes électriques',
    description: 'Annulée après la baisse de la participation régionale : le service sera assuré par un transport à la demande de l’agglomération.',
    start: '2026-06-01', due: '2027-06-30', fate: 'cancelled', budget: 560_000,
  },
  // 2.5 Place du Marché
  {
    commitment: '2.5', service: 'urbanisme',
    title: 'Étude de programmation et concertation sur la place du Marché',
    start: '2027-01-11', due: '2027-12-17', budget: 90_000,
  },
  {
    commitment: '2.5', service: 'espaces-publics',
    title: 'Travaux de requalification de la place du Marché',
    start: '2029-06-04', due: '2031-06-30', budget: 3_200_000, priority: 'high',
  },
  // 2.6 Accessibilité
  {
    commitment: '2.6', service: 'espaces-publics', key: 'arrets',
    title: 'Mise en accessibilité de 40 arrêts de bus',
    start: '2026-07-01', due: '2029-03-16', budget: 520_000,
  },
  {
    commitment: '2.6', service: 'batiments',
    title: 'Mise en accessibilité de la mairie annexe et de la médiathèque',
    start: '2026-05-04', due: '2026-11-06', fate: 'late', budget: 310_000, etp: 0.5,
    blockers: 'Livraison de la cabine d’ascenseur de la médiathèque décalée par le fabricant.',
    nextSteps: 'Mairie annexe terminée ; réception des travaux de la médiathèque prévue fin janvier.',
  },
  // 3.1 Nouvelle crèche
  {
    commitment: '3.1', service: 'urbanisme',
    title: 'Acquisition du terrain de la rue des Vignes',
    start: '2026-04-01', due: '2026-09-30', fate: 'late', budget: 480_000, etp: 0.3, priority: 'high',
    blockers: 'La succession du propriétaire devait être réglée avant la vente.',
    nextSteps: 'Signature de l’acte authentique prévue le 10 décembre.',
  },
  {
    commitment: '3.1', service: 'batiments', key: 'creche',
    title: 'Conception et construction de la crèche des Vignes (40 berceaux)',
    start: '2026-10-01', due: '2028-08-31', revisedDue: '2029-01-31', budget: 3_100_000, etp: 1, priority: 'high',
    nextSteps: 'Désignation du maître d’œuvre en février, dès la signature de l’acte du terrain.',
  },
  {
    commitment: '3.1', service: 'petite-enfance',
    title: 'Dossier de financement CAF (plan d’investissement crèches)',
    start: '2026-06-01', due: '2027-02-26', etp: 0.3,
    nextSteps: 'Passage du dossier en commission d’action sociale de la CAF en février.',
  },
  {
    commitment: '3.1', service: 'rh',
    title: 'Recrutement de l’équipe de la crèche des Vignes',
    start: '2028-06-01', due: '2028-12-15', etp: 0.5,
  },
  // 3.2 Cantine durable
  {
    commitment: '3.2', service: 'education', key: 'marche-cantine',
    title: 'Nouveau marché de restauration scolaire avec critères EGalim renforcés',
    description: 'Marché attribué en juillet, en vigueur depuis la rentrée 2026.',
    start: '2026-04-15', due: '2026-08-31', budget: 15_000, etp: 0.5,
  },
  {
    commitment: '3.2', service: 'education', key: 'legumerie',
    title: 'Légumerie et approvisionnement en circuit court avec les producteurs du Val de Loire',
    start: '2026-09-01', due: '2027-12-17', budget: 280_000, etp: 1,
    nextSteps: 'Convention avec la chambre d’agriculture et visite d’une légumerie voisine en janvier.',
  },
  {
    commitment: '3.2', service: 'education', key: 'gaspillage',
    title: 'Lutte contre le gaspillage alimentaire : pesées et tables de tri',
    start: '2026-05-04', due: '2027-06-30', fate: 'ahead', budget: 18_000, etp: 0.3,
  },
  // 3.3 Numérique éducatif
  {
    commitment: '3.3', service: 'numerique', key: 'eni',
    title: 'Écrans numériques interactifs dans les 64 classes élémentaires',
    start: '2026-05-04', due: '2027-08-31', fate: 'ahead', budget: 256_000, etp: 0.5,
    nextSteps: 'Dernière tranche de 12 classes pendant les vacances de février.',
  },
  {
    commitment: '3.3', service: 'numerique',
    title: 'Renouvellement des ordinateurs et tablettes des écoles',
    start: '2027-01-04', due: '2028-08-31', budget: 180_000,
  },
  {
    commitment: '3.3', service: 'numerique',
    title: 'Raccordement des écoles à la fibre optique',
    start: '2026-04-15', due: '2026-10-16', fate: 'blocked', budget: 40_000,
    blockers: 'L’opérateur n’a pas programmé le génie civil pour les écoles Marie-Curie et Jacques-Prévert ; deux relances écrites sont restées sans réponse.',
    nextSteps: 'Saisine du référent très haut débit du Département.',
  },
  // 3.4 Conseil municipal des jeunes (tenu)
  {
    commitment: '3.4', service: 'education',
    title: 'Élection et installation du conseil municipal des jeunes',
    start: '2026-05-04', due: '2026-10-16', fate: 'done', budget: 8_000, etp: 0.3,
  },
  // 3.5 Fournitures scolaires (tenu)
  {
    commitment: '3.5', service: 'education',
    title: 'Kit de fournitures scolaires pour chaque élève d’élémentaire',
    start: '2026-05-04', due: '2026-09-01', budget: 42_000, etp: 0.2,
  },
  // 3.6 Groupe scolaire des Rives
  {
    commitment: '3.6', service: 'urbanisme',
    title: 'Programmation du groupe scolaire des Rives (12 classes)',
    start: '2027-09-01', due: '2028-06-30', budget: 120_000,
  },
  {
    commitment: '3.6', service: 'batiments',
    title: 'Construction du groupe scolaire des Rives',
    start: '2029-01-07', due: '2031-08-29', budget: 9_500_000, priority: 'high',
  },
];
