import type ExcelJS from 'exceljs';
import { writableText } from './output-text.js';

/** Writes a workbook as .xlsx after making every text cell writable (a backstop: the sheets' builders fill cells freely). */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = writableText(cell.value);
      });
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
