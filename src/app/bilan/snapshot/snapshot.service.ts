import type { Stored } from '../../../domain/entities/index.js';
import { NotFoundError, ValidationError } from '../../../domain/errors.js';
import type { SnapshotContent } from '../../../domain/snapshots/snapshot-content.js';
import { countRecords } from '../../../domain/snapshots/snapshot-content.js';
import { snapshotInputSchema, type Snapshot, type SnapshotPart } from '../../../domain/snapshots/snapshot.schema.js';
import { validate } from '../../../domain/validation/validate.js';
import type { Clock, IdGenerator } from '../../../ports/clock.port.js';
import type { OperationsStore } from '../../../ports/operations.port.js';
import type { RoadmapStore } from '../../../ports/store.port.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Identity } from '../../authorization/identity.js';
import type { CallerView } from '../../authorization/read-view.js';
import { redactEntityRecords, redactRecordSet } from '../../authorization/redaction.js';
import { can, demand } from '../../authorization/policy.js';
import type { SnapshotComparisonDto, SnapshotDto } from '../bilan-api.types.js';
import { SnapshotCorruptError, SnapshotsUnavailableError } from '../bilan-errors.js';
import { readRecordSet } from '../record-set.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import { compareSides, type ComparedSide } from './snapshot-compare.js';

/** The name `to` takes in a comparison to mean the roadmap as it is now. */
export const TODAY = 'today';

/** Decoded snapshots kept in memory: they never change, so a cached copy is never stale. */
const CACHED_SNAPSHOTS = 3;

/** The header as the API shows it (without the store's bookkeeping). */
export function snapshotDto(header: Stored<Snapshot> | Snapshot): SnapshotDto {
  const { id, title, asOf, takenAt, takenBy, partCount, sha256, counts } = header;
  return { id, title, asOf, takenAt, takenBy, partCount, sha256, counts };
}

/**
 * Takes, lists and reads snapshots. There is deliberately no way to change or delete one: the bilan published from a
 * snapshot must stay what it was (the SQLite tables refuse UPDATE and DELETE by trigger as well).
 */
export class SnapshotService {
  private readonly cache = new Map<string, SnapshotContent>();

  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly audit: AuditLog,
  ) {}

  /** Throws ForbiddenError unless `who` may take a snapshot (the policy's `snapshot.take`). */
  assertMayTake(who: Identity): void {
    demand(who, 'snapshot.take');
  }

  /** Whether `who` may read a snapshot's content: its internal fields and answers (the policy's `internal.read`). */
  mayReadContent(who: Identity): boolean {
    return can(who, 'internal.read');
  }

  /** Freezes every record (all measures included) with the campaigns the bilan reads; audited as `snapshot_taken`. */
  async take(who: Identity, input: unknown): Promise<SnapshotDto> {
    this.assertMayTake(who);
    const { title, asOf = this.clock.today() } = validate(snapshotInputSchema, input);
    if (asOf > this.clock.today())
      throw new ValidationError([
        { path: 'asOf', code: 'as_of_in_future', message: { fr: 'La date de l’instantané ne peut pas être dans le futur.', en: 'The snapshot date cannot be in the future.' } },
      ]);
    const operations = this.operations();
    const content: SnapshotContent = { ...(await readRecordSet(this.store, this.clock, 'all')), asOf };
    const { sha256, parts } = await encodeSnapshot(content);
    const id = this.ids.next('snap');
    const header: Snapshot = { id, title, asOf, takenAt: content.takenAt, takenBy: who.personId, partCount: parts.length, sha256, counts: countRecords(content) };
    const records: SnapshotPart[] = parts.map((data, index) => ({ id: `${id}.p${index}`, snapshotId: id, index, data }));
    // Parts first, header last: a snapshot is listed only once it is whole.
    await operations.snapshot_part.createMany(records);
    const stored = await operations.snapshot.create(header);
    await this.audit.record(who, {
      action: 'snapshot_taken',
      targetKind: 'snapshot',
      targetId: id,
      summary: `« ${title} » au ${asOf} : ${Object.values(header.counts).reduce((a, b) => a + b, 0)} enregistrements, ${parts.length} partie(s).`,
    });
    this.remember(id, content);
    return snapshotDto(stored);
  }

  /** Every snapshot's header, newest first. */
  async list(): Promise<SnapshotDto[]> {
    const headers = await this.operations().snapshot.find();
    return headers.map(snapshotDto).sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  }

  /** One snapshot's header; NotFoundError when there is none. */
  async header(id: string): Promise<SnapshotDto> {
    const header = await this.operations().snapshot.get(id);
    if (!header) throw new NotFoundError('snapshot', id);
    return snapshotDto(header);
  }

  /** A snapshot's content, read back whole and checked against its fingerprint. */
  async read(id: string): Promise<{ snapshot: SnapshotDto; content: SnapshotContent }> {
    const snapshot = await this.header(id);
    const cached = this.cache.get(id);
    if (cached) return { snapshot, content: cached };
    const parts = (await this.operations().snapshot_part.find({ snapshotId: id })).sort((a, b) => a.index - b.index);
    if (parts.length !== snapshot.partCount || parts.some((p, i) => p.index !== i))
      throw new SnapshotCorruptError(`snapshot ${id} has ${parts.length} of ${snapshot.partCount} parts`);
    const content = await decodeSnapshot(
      parts.map((p) => p.data),
      snapshot.sha256,
    );
    this.remember(id, content);
    return { snapshot, content };
  }

  /** Compares two snapshots, or a snapshot with today (`today` on either side); internal fields show, so `internal.read`. */
  async compare(view: CallerView, from: string, to: string): Promise<SnapshotComparisonDto> {
    demand(view.who, 'internal.read');
    const [a, b] = await Promise.all([this.side(from), this.side(to)]);
    return compareSides({ ...a, records: redactEntityRecords(view, a.records) }, { ...b, records: redactEntityRecords(view, b.records) });
  }

  /** A snapshot's header and content (records, campaigns, answers) as `view` sees them: `internal.read` only. */
  async readContent(view: CallerView, id: string): Promise<{ snapshot: SnapshotDto; content: SnapshotContent }> {
    demand(view.who, 'internal.read');
    const { snapshot, content } = await this.read(id);
    return { snapshot, content: redactRecordSet(view, content) };
  }

  private async side(ref: string): Promise<ComparedSide> {
    if (ref === TODAY) {
      const set = await readRecordSet(this.store, this.clock, 'all');
      return { side: { kind: 'today', asOf: set.asOf }, records: set.records };
    }
    const { snapshot, content } = await this.read(ref);
    return { side: { kind: 'snapshot', id: snapshot.id, title: snapshot.title, asOf: snapshot.asOf, takenAt: snapshot.takenAt }, records: content.records };
  }

  private remember(id: string, content: SnapshotContent): void {
    this.cache.delete(id);
    this.cache.set(id, content);
    for (const key of this.cache.keys()) if (this.cache.size > CACHED_SNAPSHOTS) this.cache.delete(key);
  }

  private operations(): OperationsStore {
    const operations = (this.store as Partial<Pick<RoadmapStore, 'operations'>>).operations;
    if (!operations) throw new SnapshotsUnavailableError('the store has no operations collections');
    return operations;
  }
}
