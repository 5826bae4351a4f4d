import type { Campaign } from '../campaigns/campaign.schema.js';
import type { CampaignResponse } from '../campaigns/response.schema.js';
import type { EntityKind, EntityMap, Stored } from '../entities/index.js';

/** The version of the content layout; a reader refuses a layout it does not know. */
export const SNAPSHOT_FORMAT = 1;

/** Every record of every kind, as stored (with version and dates). */
export type EntityRecords = { [K in EntityKind]: Stored<EntityMap[K]>[] };

/**
 * What a snapshot freezes: the whole roadmap, and the campaigns the bilan reads (self-assessment, action review,
 * 1,607 h) with their submitted responses, so that a bilan drawn from a snapshot never drifts either.
 */
export interface SnapshotContent {
  format: typeof SNAPSHOT_FORMAT;
  /** The date the content stands for: lateness and indicators are judged at it. */
  asOf: string;
  takenAt: string;
  records: EntityRecords;
  campaigns: Stored<Campaign>[];
  responses: Stored<CampaignResponse>[];
}

/** The records counted by kind, for a snapshot's header. */
export function countRecords(content: Pick<SnapshotContent, 'records' | 'campaigns' | 'responses'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [kind, records] of Object.entries(content.records)) counts[kind] = records.length;
  counts.campaign = content.campaigns.length;
  counts.response = content.responses.length;
  return counts;
}
