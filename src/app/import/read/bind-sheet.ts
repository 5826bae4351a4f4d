import { foldCell } from '../cells/choices.js';
import { cellText } from '../cells/raw-cell.js';
import type { ImportIssue } from '../import-issue.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { Column, SheetDef } from '../sheets/column.js';
import { MAX_ROWS_PER_SHEET, type RawRow, type RawTable } from './raw-table.js';

/** A column of the definition found in the file, at a 0-based index, under a heading. */
export interface BoundColumn {
  def: Column;
  index: number;
  heading: string;
}

/** A sheet whose headings were recognised: the columns found and the data rows. */
export interface BoundSheet {
  def: SheetDef;
  title: string;
  columns: BoundColumn[];
  rows: RawRow[];
  /** False when a required column is missing: its rows are not checked further (the missing column is the error). */
  complete: boolean;
}

// A trailing asterisk marks required columns in the template; people may keep it or not.
const headingKey = (text: string): string => foldCell(text.replace(/\*\s*$/, ''));

function columnFor(def: SheetDef, heading: string): Column | undefined {
  const key = headingKey(heading);
  return def.columns.find((c) => headingKey(c.header) === key || c.field.toLowerCase() === key);
}

/** The row under the headings that names the API fields (as the template has it) is not data. */
function isFieldNameRow(row: RawRow | undefined, columns: readonly BoundColumn[]): boolean {
  if (!row) return false;
  const filled = row.cells.flatMap((cell, index) => (cell === undefined ? [] : [{ cell, index }]));
  return (
    filled.length > 0 &&
    filled.every(({ cell, index }) => columns.some((c) => c.index === index && cellText(cell)?.trim() === c.def.field))
  );
}

/** Recognises a sheet's headings (first row), reports unknown, repeated and missing columns, and keeps the data rows. */
export function bindSheet(def: SheetDef, table: RawTable): { sheet: BoundSheet; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const at = (row: number, column?: number) => ({ sheet: table.title, row, column });
  if (table.tooManyRows) {
    issues.push({ sheet: table.title, code: 'too_many_rows', message: IMPORT_MESSAGES.tooManyRows(MAX_ROWS_PER_SHEET) });
    return { sheet: { def, title: table.title, columns: [], rows: [], complete: false }, issues };
  }
  const [header, ...rest] = table.rows;
  const columns: BoundColumn[] = [];
  header?.cells.forEach((cell, index) => {
    const heading = cellText(cell)?.replace(/\s*\*\s*$/, '').trim();
    if (!heading) return;
    const column = columnFor(def, heading);
    if (!column) issues.push({ ...at(header.number, index), code: 'unknown_column', message: IMPORT_MESSAGES.unknownColumn(heading) });
    else if (columns.some((c) => c.def === column))
      issues.push({ ...at(header.number, index), code: 'duplicate_column', message: IMPORT_MESSAGES.duplicateColumn(heading) });
    else columns.push({ def: column, index, heading });
  });
  const missing = header ? def.columns.filter((c) => c.required && !columns.some((b) => b.def === c)) : [];
  for (const column of missing)
    issues.push({ ...at(header?.number ?? 1), code: 'missing_column', message: IMPORT_MESSAGES.missingColumn(column.header) });
  const rows = isFieldNameRow(rest[0], columns) ? rest.slice(1) : rest;
  const data = rows.filter((row) => row.cells.some((cell) => cell !== undefined));
  return { sheet: { def, title: table.title, columns, rows: data, complete: missing.length === 0 }, issues };
}
