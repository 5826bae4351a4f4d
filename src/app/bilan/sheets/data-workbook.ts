import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../export/workbook-writer.js';
import type { EntityRecords } from '../../../domain/snapshots/snapshot-content.js';
import { addDataSheet } from '../../import/export/data-sheet.js';
import { addInstructionsSheet } from '../../import/export/instructions-sheet.js';
import { dataTables, type DataTable } from './data-tables.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };

/** A sheet the import does not read (mandate, feedback): headings and rows. */
function addPlainSheet(workbook: ExcelJS.Workbook, table: DataTable): void {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header) => ({ header, width: Math.max(14, header.length + 4) }));
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  table.rows.forEach((row) => sheet.addRow(row));
  table.headers.forEach((_h, index) => {
    const column = sheet.getColumn(index + 1);
    if (table.rows.some((row) => row[index] instanceof Date)) column.numFmt = 'dd/mm/yyyy';
  });
}

/**
 * Excel of all the data: the import template's sheets filled with every record (so the file imports back as is),
 * then the mandate and the feedback. Text cells are neutralised against formula injection.
 */
export async function buildDataWorkbook(records: EntityRecords): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cap Mandat';
  addInstructionsSheet(workbook);
  for (const table of dataTables(records)) {
    if (table.sheet) addDataSheet(workbook, table.sheet, table.rows);
    else addPlainSheet(workbook, table);
  }
  return writeWorkbook(workbook);
}
