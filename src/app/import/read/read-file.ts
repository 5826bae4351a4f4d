import type { ImportIssue } from '../import-issue.js';
import { IMPORT_KINDS } from '../import-kinds.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { SheetDef } from '../sheets/column.js';
import { SHEETS, sheetNamed } from '../sheets/sheets.js';
import { bindSheet, type BoundSheet } from './bind-sheet.js';
import { readCsv } from './read-csv.js';
import type { RawTable } from './raw-table.js';
import { readWorkbook } from './read-workbook.js';

/** An uploaded file: a workbook (optionally limited to one sheet), or a CSV file holding the one sheet it names. */
export type ImportFile = { format: 'xlsx'; data: Buffer; sheet?: SheetDef } | { format: 'csv'; data: Buffer; sheet: SheetDef };

/** The sheets of a workbook that the import knows, by kind; other sheets (Instructions, notes) are left alone. */
function knownTables(tables: readonly RawTable[], only?: SheetDef): { def: SheetDef; table: RawTable }[] {
  const found = new Map<SheetDef, RawTable>();
  for (const table of tables) {
    const def = sheetNamed(table.title);
    if (def && !found.has(def) && (only === undefined || def === only)) found.set(def, table);
  }
  return [...found.entries()].map(([def, table]) => ({ def, table }));
}

/** Reads the file and recognises its sheets and columns, in the order they are processed (what is pointed at first). */
export async function readImportFile(file: ImportFile): Promise<{ sheets: BoundSheet[]; issues: ImportIssue[] }> {
  const tables =
    file.format === 'xlsx' ? knownTables(await readWorkbook(file.data), file.sheet) : [{ def: file.sheet, table: await readCsv(file.data, file.sheet.name) }];
  // A sheet emptied of everything, headings included, is as good as absent.
  const present = tables.filter(({ table }) => table.rows.length > 0 || table.tooManyRows);
  if (present.length === 0)
    return { sheets: [], issues: [{ code: 'no_known_sheet', message: IMPORT_MESSAGES.noKnownSheet(SHEETS.map((s) => s.name)) }] };
  const bound = present
    .sort((a, b) => IMPORT_KINDS.indexOf(a.def.kind) - IMPORT_KINDS.indexOf(b.def.kind))
    .map(({ def, table }) => bindSheet(def, table));
  return { sheets: bound.map((b) => b.sheet), issues: bound.flatMap((b) => b.issues) };
}
