import ExcelJS from 'exceljs';
import { withoutMeta } from '../../../domain/entities/index.js';
import type { ReadView } from '../../authorization/read-view.js';
import { redactRecords } from '../../authorization/redaction.js';
import { writeWorkbook } from '../../export/workbook-writer.js';
import type { ImportKind } from '../import-kinds.js';
import type { Snapshot } from '../resolve/snapshot.js';
import { SHEETS } from '../sheets/sheets.js';
import { addDataSheet } from './data-sheet.js';
import { exportCell, referencesFor } from './export-values.js';
import { addInstructionsSheet } from './instructions-sheet.js';

/** Stored records of a kind in the order the sheet lists them (measures by indicator, then date). */
function recordsOf(snapshot: Snapshot, kind: ImportKind): Record<string, unknown>[] {
  const records = [...snapshot[kind].values()].map((r) => withoutMeta<object>(r) as Record<string, unknown>);
  if (kind !== 'measure') return records;
  return records.sort((a, b) => `${String(a.indicatorId)}|${String(a.date)}`.localeCompare(`${String(b.indicatorId)}|${String(b.date)}`));
}

/** The stored records as `view` sees them: cells and references (people by e-mail) come from these only. */
function redactSnapshot(snapshot: Snapshot, view: ReadView): Snapshot {
  const entries = Object.entries(snapshot).map(([kind, records]: [string, Map<string, object>]) => [
    kind,
    new Map(redactRecords(view, kind, [...records.values()]).map((r) => [(r as { id: string }).id, r])),
  ]);
  return Object.fromEntries(entries) as Snapshot;
}

/**
 * The programme workbook: instructions, then one sheet per level; filled with the stored records, as `view` sees
 * them, when given.
 */
export async function buildWorkbook(filled?: { snapshot: Snapshot; view: ReadView }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cap Mandat';
  addInstructionsSheet(workbook);
  const snapshot = filled ? redactSnapshot(filled.snapshot, filled.view) : undefined;
  const refOf = snapshot ? referencesFor(snapshot) : undefined;
  for (const def of SHEETS) {
    const rows = snapshot && refOf ? recordsOf(snapshot, def.kind).map((r) => def.columns.map((c) => exportCell(def.kind, c, r, refOf))) : [];
    addDataSheet(workbook, def, rows);
  }
  return writeWorkbook(workbook);
}
