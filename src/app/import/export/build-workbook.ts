import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../export/workbook-writer.js';
import type { ImportKind } from '../import-kinds.js';
import { dataOf, type Snapshot } from '../resolve/snapshot.js';
import { SHEETS } from '../sheets/sheets.js';
import { addDataSheet } from './data-sheet.js';
import { exportCell, referencesFor } from './export-values.js';
import { addInstructionsSheet } from './instructions-sheet.js';

/** Stored records of a kind in the order the sheet lists them (measures by indicator, then date). */
function recordsOf(snapshot: Snapshot, kind: ImportKind): Record<string, unknown>[] {
  const records = [...snapshot[kind].values()].map((r) => dataOf(r));
  if (kind !== 'measure') return records;
  return records.sort((a, b) => `${String(a.indicatorId)}|${String(a.date)}`.localeCompare(`${String(b.indicatorId)}|${String(b.date)}`));
}

/** The programme workbook: instructions, then one sheet per level; filled with the stored records when given. */
export async function buildWorkbook(snapshot?: Snapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cap Mandat';
  addInstructionsSheet(workbook);
  const refOf = snapshot ? referencesFor(snapshot) : undefined;
  for (const def of SHEETS) {
    const rows = snapshot && refOf ? recordsOf(snapshot, def.kind).map((r) => def.columns.map((c) => exportCell(def.kind, c, r, refOf))) : [];
    addDataSheet(workbook, def, rows);
  }
  return writeWorkbook(workbook);
}
