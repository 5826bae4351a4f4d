import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ENTITY_KINDS, type EntityKind, type Measure, type Stored } from '../../domain/entities/index.js';
import { foldText } from '../../domain/rules/text.js';
import type { EntityRepository, RoadmapStore } from '../../ports/store.port.js';
import { SqliteEntityRepository, settle } from './entity.sqlite-repository.js';
import { HistoryWriter, SqliteHistoryReader } from './history.sqlite.js';
import { migrate } from './migrations.js';

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

  return {
    ...repositories,
    history: new SqliteHistoryReader(db),
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
