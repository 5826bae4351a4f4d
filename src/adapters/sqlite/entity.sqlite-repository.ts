import type Database from 'better-sqlite3';
import { type ChangeContext, type EntityKind, type EntityMap, type Stored, type Version, withoutMeta } from '../../domain/entities/index.js';
import { ConflictError, duplicateIdError, NotFoundError } from '../../domain/errors.js';
import { diffRecords } from '../../domain/history-diff.js';
import { foldText } from '../../domain/rules/text.js';
import type { EntityFilters, EntityRepository } from '../../ports/store.port.js';
import type { HistoryWriter } from './history.sqlite.js';
import { TABLES, type Condition } from './tables.js';

interface Row {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  data: string;
}

/** Runs synchronous SQLite work as a promise, so that its errors arrive as rejections like any other store's. */
export const settle = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One kind of record in its SQLite table: JSON data, an integer version, history in the same transaction. */
export class SqliteEntityRepository<K extends EntityKind> implements EntityRepository<K> {
  private readonly def;
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly kind: K,
    private readonly history: HistoryWriter,
  ) {
    this.def = TABLES[kind];
    const t = this.def.table;
    this.statements = {
      get: db.prepare<[string], Row>(`SELECT id, version, created_at, updated_at, data FROM ${t} WHERE id = ?`),
      count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t}`),
      insert: db.prepare(`INSERT INTO ${t} (id, version, created_at, updated_at, data) VALUES (?, 1, ?, ?, ?)`),
      update: db.prepare(
        `UPDATE ${t} SET version = version + 1, updated_at = ?, data = ? WHERE id = ? AND version = ?`,
      ),
      delete: db.prepare(`DELETE FROM ${t} WHERE id = ? AND version = ?`),
    };
  }

  private toStored(row: Row): Stored<EntityMap[K]> {
    // Assigning onto the parsed object saves a copy per record: lists of thousands of actions are read per request.
    const meta = { version: String(row.version), createdAt: row.created_at, updatedAt: row.updated_at };
    return Object.assign(JSON.parse(row.data) as EntityMap[K], meta);
  }

  private current(id: string): Stored<EntityMap[K]> {
    const row = this.statements.get.get(id);
    if (!row) throw new NotFoundError(this.kind, id);
    return this.toStored(row);
  }

  get(id: string): Promise<Stored<EntityMap[K]> | undefined> {
    return settle(() => {
      const row = this.statements.get.get(id);
      return row ? this.toStored(row) : undefined;
    });
  }

  list(filter?: EntityFilters[K]): Promise<Stored<EntityMap[K]>[]> {
    return settle(() => this.select(filter));
  }

  private select(filter?: EntityFilters[K]): Stored<EntityMap[K]>[] {
    const conditions: Condition[] = filter ? this.def.where(filter) : [];
    const q = (filter as { q?: string } | undefined)?.q?.trim();
    if (q && this.def.searchFields.length > 0) {
      const haystack = this.def.searchFields.map((f) => `coalesce(data ->> '$.${f}', '')`).join(` || ' ' || `);
      conditions.push({ sql: `fold(${haystack}) LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(foldText(q))}%`] });
    }
    const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
    const sql = `SELECT id, version, created_at, updated_at, data FROM ${this.def.table} ${where} ORDER BY ${this.def.orderBy}`;
    const rows = this.db.prepare<unknown[], Row>(sql).all(...conditions.flatMap((c) => c.params));
    return rows.map((row) => this.toStored(row));
  }

  count(): Promise<number> {
    return settle(() => this.statements.count.get()?.n ?? 0);
  }

  private insert(record: EntityMap[K], ctx: ChangeContext): void {
    try {
      this.statements.insert.run(record.id, ctx.at, ctx.at, JSON.stringify(record));
    } catch (error) {
      // Matched by code: the native addon may raise a SqliteError class other than the one this module imported.
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw duplicateIdError(this.kind, record.id);
      throw error;
    }
    this.history.write(this.kind, record.id, 'create', ctx, diffRecords(undefined, record));
  }

  create(record: EntityMap[K], ctx: ChangeContext): Promise<Stored<EntityMap[K]>> {
    return settle(
      this.db.transaction(() => {
        this.insert(record, ctx);
        return this.current(record.id);
      }),
    );
  }

  createMany(records: EntityMap[K][], ctx: ChangeContext): Promise<void> {
    return settle(this.db.transaction(() => records.forEach((record) => this.insert(record, ctx))));
  }

  update(next: EntityMap[K], expectedVersion: Version, ctx: ChangeContext): Promise<Stored<EntityMap[K]>> {
    return settle(
      this.db.transaction(() => {
        const before = this.current(next.id);
        if (before.version !== expectedVersion) throw new ConflictError(this.kind, next.id, before);
        const changes = diffRecords(withoutMeta(before), next);
        if (changes.length === 0) return before;
        this.statements.update.run(ctx.at, JSON.stringify(next), next.id, Number(expectedVersion));
        this.history.write(this.kind, next.id, 'update', ctx, changes);
        return this.current(next.id);
      }),
    );
  }

  delete(id: string, expectedVersion: Version, ctx: ChangeContext): Promise<void> {
    return settle(
      this.db.transaction(() => {
        const before = this.current(id);
        if (before.version !== expectedVersion) throw new ConflictError(this.kind, id, before);
        this.statements.delete.run(id, Number(expectedVersion));
        this.history.write(this.kind, id, 'delete', ctx, diffRecords(withoutMeta(before), undefined));
      }),
    );
  }
}
