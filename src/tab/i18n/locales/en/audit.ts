import type { audit as fr } from '../fr/audit';
import type { Translation } from '../translation';

export const audit: Translation<typeof fr> = {
  audit: {
    campaignTarget: 'Campaign',
    title: 'Audit log',
    filter: 'Action',
    all: 'All actions',
    caption_one: '{{count}} entry, newest first',
    caption_other: '{{count}} entries, newest first (200 at most)',
    empty: 'No entry.',
    system: 'System',
    columns: { at: 'Date', actor: 'By', action: 'Action', target: 'Item', summary: 'Detail' },
    actions: {
      role_changed: 'Role changed',
      person_created: 'Person added',
      person_deleted: 'Person deleted',
      campaign_launched: 'Campaign launched',
      campaign_relaunched: 'Campaign relaunched',
      campaign_closed: 'Campaign closed',
      proposal_accepted: 'Proposal accepted',
      proposal_refused: 'Proposal refused',
      import_applied: 'Import applied',
      site_provisioned: 'SharePoint site provisioned',
      snapshot_taken: 'Snapshot taken',
      access_refused: 'Access refused',
    },
  },
};
