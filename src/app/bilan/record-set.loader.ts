import type { Clock } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { BilanSourceDto } from './bilan-api.types.js';
import { readRecordSet, type MeasureScope, type RecordSet } from './record-set.js';
import type { SnapshotService } from './snapshot/snapshot.service.js';

/** A record set and where it comes from. */
export interface LoadedRecordSet {
  set: RecordSet;
  source: BilanSourceDto;
}

/** Gives the bilan and the exports their records: today's from the store, or a snapshot's (read back and verified). */
export class RecordSetLoader {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly snapshots: SnapshotService,
  ) {}

  /** Today's records (measures as `measures` says), or the snapshot's (always whole). */
  async load(snapshotId: string | undefined, measures: MeasureScope): Promise<LoadedRecordSet> {
    if (snapshotId === undefined) return { set: await readRecordSet(this.store, this.clock, measures), source: { kind: 'today' } };
    const { snapshot, content } = await this.snapshots.read(snapshotId);
    return { set: content, source: { kind: 'snapshot', id: snapshot.id, title: snapshot.title, takenAt: snapshot.takenAt } };
  }
}
