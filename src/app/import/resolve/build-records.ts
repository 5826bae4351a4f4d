import { ENTITY_SCHEMAS, type EntityMap, type Stored, withoutMeta } from '../../../domain/entities/index.js';
import type { LocalizedText } from '../../../domain/validation/messages.js';
import { toFieldIssues } from '../../../domain/validation/validate.js';
import { readCell } from '../cells/read-cell.js';
import type { ImportIssue } from '../import-issue.js';
import type { ImportKind } from '../import-kinds.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { BoundColumn, BoundSheet } from '../read/bind-sheet.js';
import type { Directory } from './directory.js';
import type { IdentifiedRow } from './identify-rows.js';

/** A row read into a valid record, with the stored record it replaces (if any). */
export interface BuiltRecord<K extends ImportKind = ImportKind> {
  kind: K;
  /** Where the row is: sheet name and row number, for the report. */
  sheet: string;
  row: number;
  record: EntityMap[K];
  existing?: Stored<EntityMap[K]>;
}

// A row whose key is unusable is still read, to report every other problem at once; it is never written.
const UNIDENTIFIED = 'unidentified-row';

/**
 * Reads one identified row into a record: each cell as its column says, empty cells clearing optional fields, columns
 * absent from the sheet keeping the stored values; then the whole record through the entity schema, every problem
 * located at its cell. (zod checks the rules across fields — due date after start… — only once the fields themselves
 * are readable, so those come to light when the cells of the row are fixed.)
 */
function buildRow(sheet: BoundSheet, identified: IdentifiedRow, dir: Directory, issues: ImportIssue[]): BuiltRecord | undefined {
  const kind = sheet.def.kind;
  const { row, id } = identified;
  const existing = id === undefined ? undefined : dir.snapshot[kind].get(id);
  const draft: Record<string, unknown> = { ...(existing ? withoutMeta(existing) : {}), id: id ?? UNIDENTIFIED };
  const failed = new Set<string>(); // fields whose cell is already reported
  let clean = true;
  const report = (column: BoundColumn, code: string, message: LocalizedText) => {
    issues.push({ sheet: sheet.title, row: row.number, column: column.index, code, message: IMPORT_MESSAGES.inColumn(column.heading, message) });
    clean = false;
  };
  for (const column of sheet.columns) {
    const { field, stored, required, emptyKeeps, defaultForNew } = column.def;
    if (stored === false) continue;
    if (identified.reported.has(column.index)) {
      failed.add(field);
      continue;
    }
    const parsed = readCell(column.def.cell, row.cells[column.index], (k, text) => dir.lookup(k, text));
    if (!parsed.ok || (parsed.value === undefined && required)) {
      if (parsed.ok) report(column, 'required', IMPORT_MESSAGES.required());
      else report(column, parsed.code, parsed.message);
      failed.add(field);
      delete draft[field];
    } else if (parsed.value !== undefined) draft[field] = parsed.value;
    else if (!emptyKeeps) delete draft[field];
    else if (!existing && defaultForNew !== undefined) draft[field] = defaultForNew;
  }
  // A column left out of the sheet keeps the stored value; for a new record, it takes the column's default if it has one.
  if (!existing)
    for (const column of sheet.def.columns)
      if (column.defaultForNew !== undefined && !sheet.columns.some((c) => c.def === column)) draft[column.field] = column.defaultForNew;
  const result = ENTITY_SCHEMAS[kind].safeParse(draft, { reportInput: true });
  if (!result.success) {
    const keyColumn = sheet.columns.find((c) => c.def.key) ?? sheet.columns[0];
    for (const zodIssue of result.error.issues) {
      const field = String(zodIssue.path[0] ?? '');
      if (failed.has(field)) continue;
      // A rule of the domain is named by its key (gapJustificationRequired), more telling than zod's "custom".
      const key: unknown = zodIssue.code === 'custom' ? zodIssue.params?.key : undefined;
      const code = typeof key === 'string' ? key : zodIssue.code;
      const column = sheet.columns.find((c) => c.def.field === field) ?? keyColumn;
      for (const issue of toFieldIssues([zodIssue])) {
        if (column) report(column, code, issue.message);
        else issues.push({ sheet: sheet.title, row: row.number, code, message: issue.message });
      }
      clean = false;
    }
  }
  if (!clean || !result.success || id === undefined) return undefined;
  return { kind, sheet: sheet.title, row: row.number, record: result.data, existing };
}

/** Reads every identified row of a sheet; rows with problems give issues instead of records. */
export function buildRecords(sheet: BoundSheet, rows: readonly IdentifiedRow[], dir: Directory): { built: BuiltRecord[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const built = rows.flatMap((identified) => buildRow(sheet, identified, dir, issues) ?? []);
  return { built, issues };
}
