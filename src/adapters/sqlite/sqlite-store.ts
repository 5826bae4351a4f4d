import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ENTITY_KINDS, type EntityKind, type Measure, type Stored } from '../../domain/entities/index.js';
import { foldText } from '../../domain/rules/text.js';
import type { EntityRepository, RoadmapStore } from '../../ports/store.port.js';
import { SqliteEntityRepository, settle } from './entity.sqlite-repository.js';
import { HistoryWriter, SqliteHistoryReader } from './history.sqlite.js';
import { migrate } from './migrations.js';
import { sqliteOperations } from './operations.sqlite.js';

interface MeasureRow {
  version: number;
  created_at: string;
  updated_at: string;
  data: string;
}

/** Opens (creating and migrating when needed) the embedded store at `file`; ':memory:' for a throw-away one. */
export function openSqliteStore(file: string): RoadmapStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Bulk loads grow the WAL; let checkpoints shrink it back instead of keeping its high-water mark on disk.
  db.pragma('journal_size_limit = 16777216');
  db.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldText(text) : text));
  migrate(db);

  const history = new HistoryWriter(db);
  const repository = <K extends EntityKind>(kind: K): EntityRepository<K> => new SqliteEntityRepository(db, kind, history);
  const repositories = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, repository(kind)])) as {
    [K in EntityKind]: EntityRepository<K>;
  };
  // One index seek per indicator rather than a scan of every measure.
  const latest = db.prepare<[], MeasureRow>(`
    SELECT m.version, m.created_at, m.updated_at, m.data FROM indicators i
    JOIN measures m ON m.rowid = (
      SELECT rowid FROM measures WHERE indicator_id = i.id ORDER BY date DESC, rowid DESC LIMIT 1)`);

  // Every write, from any connection, adds a history row in the same transaction: its id is the change cursor.
  const cursor = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM history');
  const changed = db.prepare<[number, number], { kind: EntityKind; id: string }>(
    'SELECT entity_type AS kind, entity_id AS id FROM history WHERE id > ? GROUP BY entity_type, entity_id LIMIT ?',
  );

  return {
    ...repositories,
    changeCursor: () => settle(() => String(cursor.get()?.id ?? 0)),
    changedSince: (after, limit) =>
      settle(() => {
        const rows = changed.all(Number(after), limit + 1);
        return rows.length > limit ? undefined : rows;
      }),
    history: new SqliteHistoryReader(db),
    operations: sqliteOperations(db),
    latestMeasures: () =>
      settle(() =>
        latest.all().map(
          (row): Stored<Measure> => ({
            ...(JSON.parse(row.data) as Measure),
            version: String(row.version),
            createdAt: row.created_at,
            updatedAt: row.updated_at,
          }),
        ),
      ),
    ping: () => settle(() => db.prepare('SELECT 1 AS ok').get() !== undefined),
    close: () => settle(() => void db.close()),
  };
}
