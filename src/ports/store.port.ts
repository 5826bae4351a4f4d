import type {
  ActionStatus,
  ChangeContext,
  CommitmentStatus,
  EntityKind,
  EntityMap,
  HistoryEntry,
  Measure,
  Role,
  Stored,
  Version,
  Weather,
} from '../domain/entities/index.js';
import type { OperationsStore } from './operations.port.js';

/** Filters each kind of record can be listed by (all optional, combined with AND). */
export interface EntityFilters {
  mandate: Record<string, never>;
  axis: Record<string, never>;
  commitment: { axisId?: string; leadPersonId?: string; status?: CommitmentStatus[]; q?: string };
  action: {
    commitmentIds?: string[];
    serviceId?: string;
    ownerPersonId?: string;
    status?: ActionStatus[];
    weather?: Weather[];
    q?: string;
  };
  indicator: { actionId?: string; commitmentId?: string; serviceId?: string; q?: string };
  measure: { indicatorId?: string; from?: string; to?: string };
  service: { parentId?: string; headPersonId?: string; q?: string };
  person: { role?: Role[]; serviceId?: string; entraObjectId?: string; q?: string };
  feedback: { commitmentId?: string; q?: string };
}

/** Reads and writes one kind of record. Writes are checked against the caller's version and recorded in history. */
export interface EntityRepository<K extends EntityKind> {
  get(id: string): Promise<Stored<EntityMap[K]> | undefined>;
  list(filter?: EntityFilters[K]): Promise<Stored<EntityMap[K]>[]>;
  count(): Promise<number>;
  /** Creates a record; a duplicate id raises IntegrityError('duplicate_id'). */
  create(record: EntityMap[K], ctx: ChangeContext): Promise<Stored<EntityMap[K]>>;
  /** Creates many records at once (imports, seeding); all or nothing where the store allows it. */
  createMany(records: EntityMap[K][], ctx: ChangeContext): Promise<void>;
  /**
   * Replaces a record with `next` if its version is still `expectedVersion`; raises ConflictError
   * (with the current record) otherwise and NotFoundError if it is gone. A replacement that changes
   * nothing returns the record as it is, without a new version or history entry.
   */
  update(next: EntityMap[K], expectedVersion: Version, ctx: ChangeContext): Promise<Stored<EntityMap[K]>>;
  /** Deletes a record if its version is still `expectedVersion`; its history is kept. */
  delete(id: string, expectedVersion: Version, ctx: ChangeContext): Promise<void>;
}

/** A record that was written: re-read it (it may be gone). */
export interface ChangedRecord {
  kind: EntityKind;
  id: string;
}

/** Reads the history of changes. */
export interface HistoryReader {
  forRecord(entityType: EntityKind, entityId: string): Promise<HistoryEntry[]>;
  /** The latest entries, newest first. */
  recent(limit: number, entityTypes?: EntityKind[]): Promise<HistoryEntry[]>;
}

/** One repository per kind of record. */
export type Repositories = { [K in EntityKind]: EntityRepository<K> };

/** The whole store: one repository per kind, history, and a couple of read models that need to be fast. */
export type RoadmapStore = Repositories & {
  history: HistoryReader;
  /** Campaigns, deliveries, the outbox, responses, proposals, conversation references and the audit log. */
  operations: OperationsStore;
  /** The latest measure (by date) of every indicator that has one. */
  latestMeasures(): Promise<Stored<Measure>[]>;
  /**
   * The position of the latest change: it moves on every write, from this process or another one, so read models
   * can be cached and refreshed incrementally. Undefined when the store cannot tell cheaply (no caching then).
   */
  changeCursor(): Promise<string | undefined>;
  /**
   * The records written after `cursor` (created, changed or deleted), each once; undefined when the store cannot
   * say or when more than `limit` changed — the caller then reads everything again.
   */
  changedSince(cursor: string, limit: number): Promise<ChangedRecord[] | undefined>;
  /** True when the store answers (readiness probe). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

/** The repository of one kind, typed for generic callers. */
export function repositoryOf<K extends EntityKind>(store: Repositories, kind: K): EntityRepository<K> {
  const repositories: Repositories = store;
  return repositories[kind];
}
