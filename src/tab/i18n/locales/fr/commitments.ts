export const commitments = {
  commitments: {
    title: 'Engagements',
    filtersLabel: 'Filtrer les engagements',
    commitment: 'Engagement',
    actionsColumn: 'Modifier',
    caption_one: '{{count}} engagement de l’axe « {{axis}} »',
    caption_other: '{{count}} engagements de l’axe « {{axis}} »',
    none: 'Aucun engagement ne correspond.',
    editLabel: 'Modifier l’engagement {{reference}}',
    editTitle: 'Engagement {{reference}}',
    justificationRequired: 'Un engagement révisé ou abandonné doit expliquer publiquement l’écart.',
    justificationHint: 'Obligatoire si l’engagement est révisé ou abandonné ; publiée avec le bilan.',
  },
};
