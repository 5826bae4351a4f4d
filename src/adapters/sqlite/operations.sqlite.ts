import type Database from 'better-sqlite3';
import type { Stored, Version } from '../../domain/entities/index.js';
import { ConflictError, duplicateIdError, IntegrityError, NotFoundError } from '../../domain/errors.js';
import {
  OPERATION_INDEXES,
  OPERATION_KINDS,
  type OperationCollection,
  type OperationKind,
  type OperationMap,
  type OperationQuery,
  type OperationsStore,
  type OutboxCollection,
} from '../../ports/operations.port.js';
import { renewedLease, type ClaimableOutbox } from '../../domain/campaigns/outbox-queue.js';
import type { OutboxItem } from '../../domain/campaigns/outbox.schema.js';
import { checkedOperation, IMMUTABLE_OPERATION_KINDS } from '../../ports/operation-records.js';
import { settle } from './entity.sqlite-repository.js';
import { columnOf } from './migrations.js';

interface Row {
  version: number;
  created_at: string;
  updated_at: string;
  data: string;
}


const isConstraint = (error: unknown, code: string): boolean => (error as { code?: unknown }).code === code;

/** One kind of operational record in its table (migration 2). */
class SqliteOperationCollection<K extends OperationKind> implements OperationCollection<K> {
  private readonly table: string;
  private readonly statements;
  /** `find` statements by the fields they filter on (the dispatcher runs the same few on every pass). */
  private readonly finds = new Map<string, Database.Statement<unknown[], Row>>();

  constructor(
    protected readonly db: Database.Database,
    private readonly kind: K,
  ) {
    this.table = `op_${kind}`;
    const t = this.table;
    this.statements = {
      get: db.prepare<[string], Row>(`SELECT version, created_at, updated_at, data FROM ${t} WHERE id = ?`),
      insert: db.prepare(`INSERT INTO ${t} (id, version, created_at, updated_at, data) VALUES (?, 1, ?, ?, ?)`),
      update: db.prepare(`UPDATE ${t} SET version = version + 1, updated_at = ?, data = ? WHERE id = ? AND version = ?`),
      delete: db.prepare(`DELETE FROM ${t} WHERE id = ? AND version = ?`),
    };
  }

  protected toStored(row: Row): Stored<OperationMap[K]> {
    const meta = { version: String(row.version), createdAt: row.created_at, updatedAt: row.updated_at };
    return Object.assign(JSON.parse(row.data) as OperationMap[K], meta);
  }

  private current(id: string): Stored<OperationMap[K]> {
    const row = this.statements.get.get(id);
    if (!row) throw new NotFoundError(this.kind, id);
    return this.toStored(row);
  }

  private refuseChange(id: string): void {
    if (IMMUTABLE_OPERATION_KINDS.has(this.kind)) // the tables refuse it by trigger too
      throw new IntegrityError('immutable', `${this.kind} ${id} never changes once written`, {
        fr: 'Cet enregistrement ne peut plus être modifié.',
        en: 'This record can no longer be changed.',
      });
  }

  get(id: string): Promise<Stored<OperationMap[K]> | undefined> {
    return settle(() => {
      const row = this.statements.get.get(id);
      return row ? this.toStored(row) : undefined;
    });
  }

  find(query: OperationQuery<K> = {}): Promise<Stored<OperationMap[K]>[]> {
    return settle(() => {
      const indexed: readonly string[] = OPERATION_INDEXES[this.kind];
      const entries = Object.entries(query as Record<string, string | undefined>).filter(([, v]) => v !== undefined);
      for (const [field] of entries) if (!indexed.includes(field)) throw new Error(`${this.kind} cannot be found by ${field}`);
      const key = entries.map(([f]) => f).join(',');
      let statement = this.finds.get(key);
      if (!statement) {
        const where = entries.length ? `WHERE ${entries.map(([f]) => `${columnOf(f)} = ?`).join(' AND ')}` : '';
        statement = this.db.prepare<unknown[], Row>(`SELECT version, created_at, updated_at, data FROM ${this.table} ${where} ORDER BY rowid`);
        this.finds.set(key, statement);
      }
      return statement.all(...entries.map(([, v]) => v)).map((row) => this.toStored(row));
    });
  }

  private insert(input: OperationMap[K], at: string): void {
    const record = checkedOperation(this.kind, input);
    try {
      this.statements.insert.run(record.id, at, at, JSON.stringify(record));
    } catch (error) {
      // Matched by code: the native addon may raise a SqliteError class other than the one this module imported.
      if (isConstraint(error, 'SQLITE_CONSTRAINT_PRIMARYKEY'))
        throw duplicateIdError(this.kind, record.id);
      throw error;
    }
  }

  create(record: OperationMap[K]): Promise<Stored<OperationMap[K]>> {
    return settle(
      this.db.transaction(() => {
        this.insert(record, new Date().toISOString());
        return this.current(record.id);
      }),
    );
  }

  createMany(records: OperationMap[K][]): Promise<void> {
    const at = new Date().toISOString();
    return settle(this.db.transaction(() => records.forEach((record) => this.insert(record, at))));
  }

  update(input: OperationMap[K], expectedVersion: Version): Promise<Stored<OperationMap[K]>> {
    return settle(
      this.db.transaction(() => {
        const next = checkedOperation(this.kind, input);
        const before = this.current(next.id);
        this.refuseChange(next.id);
        if (before.version !== expectedVersion) throw new ConflictError(this.kind, next.id, before);
        this.statements.update.run(new Date().toISOString(), JSON.stringify(next), next.id, Number(expectedVersion));
        return this.current(next.id);
      }),
    );
  }

  delete(id: string, expectedVersion: Version): Promise<void> {
    return settle(
      this.db.transaction(() => {
        const before = this.current(id);
        this.refuseChange(id);
        if (before.version !== expectedVersion) throw new ConflictError(this.kind, id, before);
        this.statements.delete.run(id, Number(expectedVersion));
      }),
    );
  }
}

// Instants compared as numbers (unixepoch), so that '…00Z' and '…00.500Z' order as instants, not as text.
// not_before_s and lease_until_s are generated and indexed by migration 3.
const CLAIMABLE_AT = `CASE state WHEN 'pending' THEN not_before_s ELSE coalesce(lease_until_s, 0) END`;

/** The outbox, with what is due answered by the indexes on (state, not_before_s) and (state, lease_until_s). */
class SqliteOutboxCollection extends SqliteOperationCollection<'outbox'> implements OutboxCollection {
  private readonly due = this.db.prepare<{ now: string; limit: number }, Row>(
    `SELECT version, created_at, updated_at, data FROM op_outbox
     WHERE (state = 'pending' AND not_before_s <= unixepoch(@now, 'subsec'))
        OR (state = 'sending' AND coalesce(lease_until_s, 0) <= unixepoch(@now, 'subsec'))
     ORDER BY coalesce(data ->> '$.attempts', 0) = 0, ${CLAIMABLE_AT}, rowid LIMIT @limit`,
  );
  private readonly next = this.db.prepare<{ now: string }, { next: number | null }>(
    `SELECT min(at) AS next FROM (
       SELECT min(not_before_s) AS at FROM op_outbox WHERE state = 'pending' AND not_before_s > unixepoch(@now, 'subsec')
       UNION ALL
       SELECT min(lease_until_s) FROM op_outbox WHERE state = 'sending' AND lease_until_s > unixepoch(@now, 'subsec'))`,
  );

  claimable(now: string, limit: number): Promise<ClaimableOutbox> {
    return settle(() => {
      const items = this.due.all({ now, limit }).map((row) => this.toStored(row));
      const next = this.next.get({ now })?.next;
      return { items, nextAt: next === null || next === undefined ? undefined : new Date(Math.round(next * 1000)).toISOString() };
    });
  }

  /** A versioned update of the lease alone (one statement in a transaction, as every update). */
  async renewLease(claim: Stored<OutboxItem>, leaseUntil: string): Promise<Stored<OutboxItem>> {
    return await this.update(renewedLease(claim, leaseUntil), claim.version);
  }
}

/** The operational collections of the embedded store, in the same database as the roadmap. */
export function sqliteOperations(db: Database.Database): OperationsStore {
  const collection = <K extends OperationKind>(kind: K): OperationCollection<K> =>
    kind === 'outbox' ? (new SqliteOutboxCollection(db, 'outbox') as unknown as OperationCollection<K>) : new SqliteOperationCollection(db, kind);
  return Object.fromEntries(OPERATION_KINDS.map((kind) => [kind, collection(kind)])) as OperationsStore;
}
