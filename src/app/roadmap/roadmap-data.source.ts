import { MANDATE_ID, type EntityKind, type Stored } from '../../domain/entities/index.js';
import type { Clock } from '../../ports/clock.port.js';
import { repositoryOf, type ChangedRecord, type RoadmapStore } from '../../ports/store.port.js';
import { deriveRoadmapData, readRoadmapRecords, type RoadmapData, type RoadmapRecords } from './roadmap-data.js';

/** Loaded roadmap data and the revision it reflects. */
export interface RoadmapSnapshot {
  /** Changes whenever the data or "today" changes; undefined when the store cannot tell. */
  revision?: string;
  data: RoadmapData;
}

/** Beyond this many changed records a full read is cheaper than one read per record. */
const MAX_INCREMENTAL_CHANGES = 500;

type ListedKind = 'axis' | 'commitment' | 'action' | 'indicator';
const LISTS: Record<ListedKind, 'axes' | 'commitments' | 'actions' | 'indicators'> = {
  axis: 'axes',
  commitment: 'commitments',
  action: 'actions',
  indicator: 'indicators',
};
const isListed = (kind: EntityKind): kind is ListedKind => kind in LISTS;

interface Cached {
  cursor: string;
  today: string;
  records: RoadmapRecords;
  data: RoadmapData;
}

/**
 * Keeps the roadmap data of the latest store revision: the tab and the meeting screen read it far more often than
 * anyone writes. After a write only the changed records are read again, then the rules are re-applied.
 */
export class RoadmapDataSource {
  private cached?: Cached;

  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
  ) {}

  /** The current revision (store change cursor and today's date), without loading anything. */
  async revision(): Promise<string | undefined> {
    const cursor = await this.store.changeCursor();
    return cursor === undefined ? undefined : `${cursor}@${this.clock.today()}`;
  }

  /** The data at the current revision. */
  async load(): Promise<RoadmapSnapshot> {
    const today = this.clock.today();
    const cursor = await this.store.changeCursor();
    if (cursor === undefined) return { data: deriveRoadmapData(await readRoadmapRecords(this.store), today) };
    const revision = `${cursor}@${today}`;
    const cached = this.cached;
    if (cached?.cursor === cursor && cached.today === today) return { revision, data: cached.data };

    const changes = cached && cached.cursor !== cursor ? await this.store.changedSince(cached.cursor, MAX_INCREMENTAL_CHANGES) : [];
    // Changes written after `cursor` was read are read again next time: re-reading a record is harmless.
    const records = cached && changes ? await this.refresh(cached.records, changes) : await readRoadmapRecords(this.store);
    const data = deriveRoadmapData(records, today);
    this.cached = { cursor, today, records, data };
    return { revision, data };
  }

  /** Re-reads the changed records into a copy of the cached lists, keeping their order. */
  private async refresh(previous: RoadmapRecords, changes: readonly ChangedRecord[]): Promise<RoadmapRecords> {
    const records: RoadmapRecords = { ...previous };
    let measuresChanged = false;
    for (const kind of new Set(changes.map((c) => c.kind))) {
      if (kind === 'mandate') records.mandate = await this.store.mandate.get(MANDATE_ID);
      if (kind === 'measure' || kind === 'indicator') measuresChanged = true;
      if (!isListed(kind)) continue;
      const byId = new Map<string, Stored<{ id: string }>>(records[LISTS[kind]].map((r) => [r.id, r]));
      for (const { id } of changes.filter((c) => c.kind === kind)) {
        const fresh = await repositoryOf(this.store, kind).get(id);
        if (fresh) byId.set(id, fresh);
        else byId.delete(id);
      }
      (records as unknown as Record<string, unknown[]>)[LISTS[kind]] = [...byId.values()];
    }
    // Axes are shown in their order; a new or moved axis must take its place (the sort is stable).
    if (changes.some((c) => c.kind === 'axis')) records.axes = [...records.axes].sort((a, b) => a.order - b.order);
    if (measuresChanged) records.latest = await this.store.latestMeasures();
    return records;
  }
}
