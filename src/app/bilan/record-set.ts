import type { CampaignKind } from '../../domain/campaigns/campaign.schema.js';
import { ENTITY_KINDS, type Measure } from '../../domain/entities/index.js';
import { SNAPSHOT_FORMAT, type EntityRecords, type SnapshotContent } from '../../domain/snapshots/snapshot-content.js';
import type { Clock } from '../../ports/clock.port.js';
import { repositoryOf, type RoadmapStore } from '../../ports/store.port.js';

/** Everything the bilan and the exports are drawn from: today's records, or a snapshot's. Same shape either way. */
export type RecordSet = SnapshotContent;

/** The campaigns whose answers the bilan reads. */
export const BILAN_CAMPAIGN_KINDS: ReadonlySet<CampaignKind> = new Set(['elected_self_assessment', 'action_review', 'working_time_1607']);

/** `all` for snapshots and data exports; `latest` (each indicator's latest measure) is enough for the bilan's figures. */
export type MeasureScope = 'all' | 'latest';

async function readEntities(store: RoadmapStore, measures: MeasureScope): Promise<EntityRecords> {
  const lists = await Promise.all(
    ENTITY_KINDS.map(async (kind) => [kind, kind === 'measure' && measures === 'latest' ? await store.latestMeasures() : await repositoryOf(store, kind).list()] as const),
  );
  const records = Object.fromEntries(lists) as unknown as EntityRecords;
  // Axes are shown in their order everywhere; the stores list them by id.
  records.axis = [...records.axis].sort((a, b) => a.order - b.order);
  return records;
}

/** The bilan's campaigns and their submitted responses; none while the store keeps no campaigns. */
async function readCampaigns(store: RoadmapStore): Promise<Pick<RecordSet, 'campaigns' | 'responses'>> {
  // A store that predates the campaign collections has no `operations`: the bilan then shows its empty states.
  const operations = (store as Partial<Pick<RoadmapStore, 'operations'>>).operations;
  if (!operations) return { campaigns: [], responses: [] };
  const campaigns = (await operations.campaign.find()).filter((c) => BILAN_CAMPAIGN_KINDS.has(c.kind));
  const ids = new Set(campaigns.map((c) => c.id));
  const responses = (await operations.response.find()).filter((r) => ids.has(r.campaignId) && r.submittedAt !== undefined);
  return { campaigns, responses };
}

/** Reads today's records from the store. */
export async function readRecordSet(store: RoadmapStore, clock: Clock, measures: MeasureScope): Promise<RecordSet> {
  const [records, campaigns] = await Promise.all([readEntities(store, measures), readCampaigns(store)]);
  return { format: SNAPSHOT_FORMAT, asOf: clock.today(), takenAt: clock.now(), records, ...campaigns };
}

/** Each indicator's latest measure dated on or before `asOf` (a measure taken later did not exist yet at that date). */
export function latestMeasuresAt<M extends Pick<Measure, 'indicatorId' | 'date'>>(measures: readonly M[], asOf: string): M[] {
  const latest = new Map<string, M>();
  for (const m of measures) {
    if (m.date > asOf) continue;
    const known = latest.get(m.indicatorId);
    if (!known || m.date >= known.date) latest.set(m.indicatorId, m);
  }
  return [...latest.values()];
}
