import type Database from 'better-sqlite3';

/** The column name of an indexed JSON field: personId → person_id. */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// An operational record: JSON data, the fields it is found by as indexed generated columns; rowid keeps creation order.
function operationTable(table: string, fields: readonly string[]): string {
  const columns = fields.map((f) => `,\n    ${columnOf(f)} TEXT GENERATED ALWAYS AS (data ->> '$.${f}') VIRTUAL`).join('');
  const indexes = fields.map((f) => `CREATE INDEX ${table}_${columnOf(f)} ON ${table} (${columnOf(f)});`).join('\n  ');
  return `CREATE TABLE ${table} (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data))${columns});
  ${indexes}`;
}

/**
 * Versioned migrations, applied in order and recorded in `PRAGMA user_version`.
 * Never edit a released migration: add a new one.
 * Records keep their fields as JSON in `data`; the columns that filters use are generated from it and indexed.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the roadmap and its history */ `
  CREATE TABLE mandate (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)));

  CREATE TABLE axes (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    sort_order INTEGER GENERATED ALWAYS AS (data ->> '$.order') VIRTUAL);
  CREATE INDEX axes_order ON axes (sort_order);

  CREATE TABLE commitments (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    axis_id TEXT GENERATED ALWAYS AS (data ->> '$.axisId') VIRTUAL,
    lead_person_id TEXT GENERATED ALWAYS AS (data ->> '$.leadPersonId') VIRTUAL,
    status TEXT GENERATED ALWAYS AS (data ->> '$.status') VIRTUAL);
  CREATE INDEX commitments_axis ON commitments (axis_id);
  CREATE INDEX commitments_lead ON commitments (lead_person_id);
  CREATE INDEX commitments_status ON commitments (status);

  CREATE TABLE actions (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    commitment_id TEXT GENERATED ALWAYS AS (data ->> '$.commitmentId') VIRTUAL,
    service_id TEXT GENERATED ALWAYS AS (data ->> '$.serviceId') VIRTUAL,
    owner_person_id TEXT GENERATED ALWAYS AS (data ->> '$.ownerPersonId') VIRTUAL,
    status TEXT GENERATED ALWAYS AS (data ->> '$.status') VIRTUAL,
    weather TEXT GENERATED ALWAYS AS (data ->> '$.weather') VIRTUAL);
  CREATE INDEX actions_commitment ON actions (commitment_id);
  CREATE INDEX actions_service ON actions (service_id);
  CREATE INDEX actions_owner ON actions (owner_person_id);
  CREATE INDEX actions_status ON actions (status);
  CREATE INDEX actions_weather ON actions (weather);

  CREATE TABLE indicators (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    action_id TEXT GENERATED ALWAYS AS (data ->> '$.actionId') VIRTUAL,
    commitment_id TEXT GENERATED ALWAYS AS (data ->> '$.commitmentId') VIRTUAL,
    service_id TEXT GENERATED ALWAYS AS (data ->> '$.serviceId') VIRTUAL);
  CREATE INDEX indicators_action ON indicators (action_id);
  CREATE INDEX indicators_commitment ON indicators (commitment_id);
  CREATE INDEX indicators_service ON indicators (service_id);

  CREATE TABLE measures (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    indicator_id TEXT GENERATED ALWAYS AS (data ->> '$.indicatorId') VIRTUAL,
    date TEXT GENERATED ALWAYS AS (data ->> '$.date') VIRTUAL);
  CREATE INDEX measures_indicator_date ON measures (indicator_id, date);

  CREATE TABLE services (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    parent_id TEXT GENERATED ALWAYS AS (data ->> '$.parentId') VIRTUAL,
    head_person_id TEXT GENERATED ALWAYS AS (data ->> '$.headPersonId') VIRTUAL);
  CREATE INDEX services_parent ON services (parent_id);
  CREATE INDEX services_head ON services (head_person_id);

  CREATE TABLE people (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    role TEXT GENERATED ALWAYS AS (data ->> '$.role') VIRTUAL,
    entra_object_id TEXT GENERATED ALWAYS AS (data ->> '$.entraObjectId') VIRTUAL);
  CREATE INDEX people_role ON people (role);
  CREATE INDEX people_entra ON people (entra_object_id);

  CREATE TABLE feedback (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)));

  CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_type TEXT NOT NULL, entity_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    at TEXT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, source TEXT NOT NULL,
    changes TEXT NOT NULL CHECK (json_valid(changes)));
  CREATE INDEX history_record ON history (entity_type, entity_id, id);
  `,
  /* 2: campaigns, the outbox, responses, proposals, bot conversations, audit log, snapshots */ `
  ${operationTable('op_campaign', ['state'])}
  ${operationTable('op_delivery', ['campaignId', 'personId', 'state'])}
  ${operationTable('op_outbox', ['state', 'campaignId', 'deliveryId'])}
  ${operationTable('op_response', ['campaignId', 'deliveryId', 'personId'])}
  ${operationTable('op_proposal', ['campaignId', 'state', 'responseId'])}
  ${operationTable('op_conversation', ['scope', 'personId', 'aadObjectId', 'teamId'])}
  ${operationTable('op_audit', ['action', 'actorId'])}
  ${operationTable('op_snapshot', [])}
  ${operationTable('op_snapshot_part', ['snapshotId'])}
  CREATE TRIGGER op_audit_immutable BEFORE UPDATE ON op_audit BEGIN SELECT RAISE(ABORT, 'immutable'); END;
  CREATE TRIGGER op_snapshot_immutable BEFORE UPDATE ON op_snapshot BEGIN SELECT RAISE(ABORT, 'immutable'); END;
  CREATE TRIGGER op_snapshot_kept BEFORE DELETE ON op_snapshot BEGIN SELECT RAISE(ABORT, 'immutable'); END;
  CREATE TRIGGER op_snapshot_part_immutable BEFORE UPDATE ON op_snapshot_part BEGIN SELECT RAISE(ABORT, 'immutable'); END;
  CREATE TRIGGER op_snapshot_part_kept BEFORE DELETE ON op_snapshot_part BEGIN SELECT RAISE(ABORT, 'immutable'); END;
  `,
  /* 3: what the outbox has due, found by index (instants as seconds since the epoch) */ `
  ALTER TABLE op_outbox ADD COLUMN not_before_s REAL GENERATED ALWAYS AS (unixepoch(data ->> '$.notBefore', 'subsec')) VIRTUAL;
  ALTER TABLE op_outbox ADD COLUMN lease_until_s REAL GENERATED ALWAYS AS (unixepoch(data ->> '$.leaseUntil', 'subsec')) VIRTUAL;
  CREATE INDEX op_outbox_due ON op_outbox (state, not_before_s);
  CREATE INDEX op_outbox_lease ON op_outbox (state, lease_until_s);
  `,
];

/** Brings the database up to the latest migration, each one in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(`The database is at schema version ${current}, newer than this release (${MIGRATIONS.length}).`);
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
  return MIGRATIONS.length;
}
