export const admin = {
  admin: {
    title: 'Administration',
    subtitle: 'Services, responsables, personnes et rôles',
    forbidden: 'Cette page est réservée aux administrateurs de Cap Mandat.',
    services: 'Services et responsables',
    servicesCaption_one: '{{count}} service',
    servicesCaption_other: '{{count}} services et directions',
    people: 'Personnes et rôles',
    peopleCaption_one: '{{count}} personne',
    peopleCaption_other: '{{count}} personnes',
    searchPeople: 'Rechercher une personne',
    newService: 'Ajouter un service',
    newPerson: 'Ajouter une personne',
    editService: 'Modifier le service {{name}}',
    editPerson: 'Modifier {{name}}',
  },
  config: {
    title: 'Configurer l’onglet Cap Mandat',
    intro: 'Choisissez la page que l’onglet ouvre, puis enregistrez.',
    outsideTeams: 'Cette page sert à ajouter Cap Mandat comme onglet d’un canal, d’une conversation ou d’une réunion Teams.',
    startPage: 'Page ouverte par l’onglet',
    meetingNote: 'Dans une réunion, le panneau latéral propose « Partager sur la scène » et la scène affiche la présentation, quelle que soit la page choisie.',
  },
  notFound: {
    title: 'Page introuvable',
    back: 'Revenir au tableau de bord',
  },
};
