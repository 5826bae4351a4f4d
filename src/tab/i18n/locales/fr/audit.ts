/** The audit log of the administration page. */
export const audit = {
  audit: {
    campaignTarget: 'Campagne',
    title: 'Journal d’audit',
    filter: 'Action',
    all: 'Toutes les actions',
    caption_one: '{{count}} entrée, de la plus récente à la plus ancienne',
    caption_other: '{{count}} entrées, de la plus récente à la plus ancienne (200 au plus)',
    empty: 'Aucune entrée.',
    system: 'Système',
    columns: { at: 'Date', actor: 'Auteur', action: 'Action', target: 'Élément', summary: 'Détail' },
    actions: {
      role_changed: 'Rôle modifié',
      person_created: 'Personne ajoutée',
      person_deleted: 'Personne supprimée',
      campaign_launched: 'Campagne lancée',
      campaign_relaunched: 'Campagne relancée',
      campaign_closed: 'Campagne close',
      proposal_accepted: 'Remontée acceptée',
      proposal_refused: 'Remontée refusée',
      import_applied: 'Import appliqué',
      site_provisioned: 'Site SharePoint préparé',
      snapshot_taken: 'Instantané pris',
      access_refused: 'Accès refusé',
    },
  },
};
