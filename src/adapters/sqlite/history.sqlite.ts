import type Database from 'better-sqlite3';
import type { ChangeContext, EntityKind, FieldChange, HistoryEntry } from '../../domain/entities/index.js';
import type { HistoryReader } from '../../ports/store.port.js';
import { settle } from './entity.sqlite-repository.js';

interface HistoryRow {
  id: number;
  entity_type: string;
  entity_id: string;
  operation: HistoryEntry['operation'];
  at: string;
  actor_id: string;
  actor_name: string;
  source: HistoryEntry['source'];
  changes: string;
}

const toEntry = (row: HistoryRow): HistoryEntry => ({
  id: String(row.id),
  entityType: row.entity_type,
  entityId: row.entity_id,
  operation: row.operation,
  at: row.at,
  actor: { id: row.actor_id, name: row.actor_name },
  source: row.source,
  changes: JSON.parse(row.changes) as FieldChange[],
});

/** Writes history entries; called by repositories inside their write transaction. */
export class HistoryWriter {
  private readonly insert;
  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO history (entity_type, entity_id, operation, at, actor_id, actor_name, source, changes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  write(kind: EntityKind, id: string, operation: HistoryEntry['operation'], ctx: ChangeContext, changes: FieldChange[]): void {
    this.insert.run(kind, id, operation, ctx.at, ctx.actor.id, ctx.actor.name, ctx.source, JSON.stringify(changes));
  }
}

/** Reads the history table. */
export class SqliteHistoryReader implements HistoryReader {
  constructor(private readonly db: Database.Database) {}

  forRecord(entityType: EntityKind, entityId: string): Promise<HistoryEntry[]> {
    return settle(() =>
      this.db
        .prepare<[string, string], HistoryRow>('SELECT * FROM history WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC')
        .all(entityType, entityId)
        .map(toEntry),
    );
  }

  recent(limit: number, entityTypes?: EntityKind[]): Promise<HistoryEntry[]> {
    const filter = entityTypes?.length ? `WHERE entity_type IN (${entityTypes.map(() => '?').join(', ')})` : '';
    return settle(() =>
      this.db
        .prepare<unknown[], HistoryRow>(`SELECT * FROM history ${filter} ORDER BY id DESC LIMIT ?`)
        .all(...(entityTypes ?? []), limit)
        .map(toEntry),
    );
  }
}
