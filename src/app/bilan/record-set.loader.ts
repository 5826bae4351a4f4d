import { MANDATE_ID } from '../../domain/entities/index.js';
import type { Clock } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { restrictedView, type ReadView } from '../authorization/read-view.js';
import { redactRecordSet } from '../authorization/redaction.js';
import type { BilanSourceDto } from './bilan-api.types.js';
import { readRecordSet, type MeasureScope, type RecordSet } from './record-set.js';
import type { SnapshotService } from './snapshot/snapshot.service.js';

/** A record set and where it comes from. */
export interface LoadedRecordSet {
  set: RecordSet;
  source: BilanSourceDto;
}

/**
 * Gives the bilan and the exports their records: today's from the store, or a snapshot's (read back and verified),
 * always redacted for a view: the only way an export or the bilan obtains records.
 */
export class RecordSetLoader {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly snapshots: SnapshotService,
  ) {}

  /** Today's records (measures as `measures` says), or the snapshot's (always whole), as `view` sees them. */
  async load(view: ReadView, snapshotId: string | undefined, measures: MeasureScope): Promise<LoadedRecordSet> {
    const { set, source } = await this.loadWhole(snapshotId, measures);
    return { set: redactRecordSet(view, set), source };
  }

  /**
   * The records of a published output (public page, PDF, open data): as an audience without `internal.read` sees them,
   * whoever downloads the file, with the internal fields chosen today and those chosen when a snapshot was taken.
   */
  async loadPublished(snapshotId: string | undefined, measures: MeasureScope): Promise<LoadedRecordSet> {
    const [{ set, source }, mandate] = await Promise.all([this.loadWhole(snapshotId, measures), this.store.mandate.get(MANDATE_ID)]);
    return { set: redactRecordSet(restrictedView(mandate, set.records.mandate[0]), set), source };
  }

  private async loadWhole(snapshotId: string | undefined, measures: MeasureScope): Promise<LoadedRecordSet> {
    if (snapshotId === undefined) return { set: await readRecordSet(this.store, this.clock, measures), source: { kind: 'today' } };
    const { snapshot, content } = await this.snapshots.read(snapshotId);
    return { set: content, source: { kind: 'snapshot', id: snapshot.id, title: snapshot.title, takenAt: snapshot.takenAt } };
  }
}
