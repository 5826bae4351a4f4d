/** Administration: which fields readers never see. */
export const internalFields = {
  internalFields: {
    title: 'Champs internes',
    intro: 'Les champs cochés sont réservés aux élus, à l’administration et à l’équipe de pilotage. Les lecteurs (agents en consultation) ne les voient jamais : ni dans l’onglet, ni dans l’API, ni dans l’historique. Les exports publics et l’open data ne contiennent de toute façon aucun de ces champs.',
    legend: 'Champs masqués aux lecteurs',
    defaults: 'Tant que rien n’est choisi : points de blocage, budgets et moyens humains sont internes.',
    save: 'Enregistrer les champs internes',
    saved: 'Champs internes enregistrés.',
    conflict: 'Quelqu’un a modifié le mandat entre-temps : les cases montrent maintenant sa version. Vérifiez, puis enregistrez à nouveau.',
    labels: {
      action: {
        blockers: 'Action — points de blocage',
        nextSteps: 'Action — prochaines étapes',
        budgetPlanned: 'Action — budget prévu',
        budgetSpent: 'Action — budget consommé',
        staffing: 'Action — moyens humains (ETP)',
      },
      commitment: { gapJustification: 'Engagement — justification de l’écart' },
      feedback: { summary: 'Retour — synthèse', participants: 'Retour — nombre de participants' },
    },
  },
};
