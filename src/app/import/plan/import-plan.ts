import { withoutMeta } from '../../../domain/entities/index.js';
import { diffRecords } from '../../../domain/history-diff.js';
import { zeroCounts, type ImportKind, type KindCounts } from '../import-kinds.js';
import type { BuiltRecord } from '../resolve/build-records.js';
import type { Snapshot } from '../resolve/snapshot.js';

/** A record the import writes: created, or updated (with the fields that change). */
export interface PlannedWrite {
  built: BuiltRecord;
  operation: 'create' | 'update';
  fields: string[];
}

/** What an import does: the writes, and counts of rows that change nothing and of stored records the file leaves out. */
export interface ImportPlan {
  writes: PlannedWrite[];
  unchanged: KindCounts;
  notInFile: KindCounts;
}

// An empty cell reads as "absent"; a record stored with an empty text is the same thing to a person.
const comparable = (record: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));

/** Compares every built record with the stored one; kinds whose sheet is in the file are checked for records it leaves out. */
export function planImport(built: readonly BuiltRecord[], snapshot: Snapshot, kindsInFile: ReadonlySet<ImportKind>): ImportPlan {
  const plan: ImportPlan = { writes: [], unchanged: zeroCounts(), notInFile: zeroCounts() };
  for (const b of built) {
    if (!b.existing) {
      plan.writes.push({ built: b, operation: 'create', fields: [] });
      continue;
    }
    const fields = diffRecords(comparable(withoutMeta(b.existing)), comparable(b.record)).map((c) => c.field);
    if (fields.length === 0) plan.unchanged[b.kind] += 1;
    else plan.writes.push({ built: b, operation: 'update', fields });
  }
  for (const kind of kindsInFile) {
    const ids = new Set(built.filter((b) => b.kind === kind).map((b) => b.record.id));
    plan.notInFile[kind] = [...snapshot[kind].keys()].filter((id) => !ids.has(id)).length;
  }
  return plan;
}
