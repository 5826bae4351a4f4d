import type { EntityKind } from '../api/enums';

/** Cache keys: one prefix per read model or collection, so that writes can invalidate what they affect. */
export const keys = {
  me: 'me',
  devIdentities: 'dev-identities',
  roadmap: 'roadmap',
  dashboard: 'dashboard',
  services: 'services',
  people: 'people',
  record: (kind: EntityKind, id: string) => `record/${kind}/${id}`,
  history: (kind: EntityKind, id: string) => `history/${kind}/${id}`,
  measures: (indicatorId: string) => `measures/${indicatorId}`,
  campaigns: 'campaigns',
  campaign: (id: string) => `campaigns/${id}`,
  recipients: (campaignId: string) => `recipients/${campaignId}`,
  preview: (campaignId: string, lang: string) => `preview/${campaignId}/${lang}`,
  proposals: (state: string, campaignId = '') => `proposals?state=${state}&campaign=${campaignId}`,
  audit: (action: string) => `audit?action=${action}`,
  bilan: (snapshotId = '') => `bilan?snapshot=${snapshotId}`,
  snapshots: 'snapshots',
  comparison: (from: string, to: string) => `comparison?from=${from}&to=${to}`,
  feedback: 'feedback',
  commitmentList: 'commitment-list',
  /** Changes to commitments, actions and indicators since the mid-term (the history the roadmap of the second half shows). */
  midTermChanges: 'midterm-changes',
} as const;

/** What a write to a record of `kind` may change on screen. */
export function affectedBy(kind: EntityKind, id: string): string[] {
  // The bilan and the comparisons with today are drawn from the records: any write may move them.
  const common = [keys.roadmap, keys.dashboard, keys.history(kind, id), keys.record(kind, id), 'bilan', 'comparison', keys.midTermChanges];
  switch (kind) {
    case 'service':
      return [...common, keys.services];
    case 'person':
      return [...common, keys.people, keys.devIdentities];
    case 'measure':
    case 'indicator':
      return [...common, 'measures'];
    case 'feedback':
      return [...common, keys.feedback];
    case 'commitment':
      return [...common, keys.commitmentList];
    default:
      return common;
  }
}
