import ExcelJS from 'exceljs';
import { toRawCell, type RawCell } from '../cells/raw-cell.js';
import { ImportInvalidError, toFieldIssue } from '../import-issue.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import { MAX_ROWS_PER_SHEET, type RawRow, type RawTable } from './raw-table.js';

/** The file is not a workbook we can open: one error for the whole file. */
const unreadable = (): ImportInvalidError =>
  new ImportInvalidError([toFieldIssue({ code: 'unreadable_file', message: IMPORT_MESSAGES.unreadableWorkbook() })], 1);

function readRows(worksheet: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = toRawCell(cell.value);
    });
    rows.push({ number, cells });
  });
  return rows;
}

/** Reads every sheet of an .xlsx file; throws ImportInvalidError when the bytes are not a workbook. */
export async function readWorkbook(data: Buffer): Promise<RawTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input with its own Buffer interface (an ArrayBuffer); a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs says "end of central directory not found" and the like: the user needs to hear "not an .xlsx file".
    throw unreadable();
  }
  return workbook.worksheets.map((worksheet) =>
    worksheet.actualRowCount > MAX_ROWS_PER_SHEET + 2
      ? { title: worksheet.name, rows: [], tooManyRows: true }
      : { title: worksheet.name, rows: readRows(worksheet) },
  );
}
