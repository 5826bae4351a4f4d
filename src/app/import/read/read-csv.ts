import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { toRawCell } from '../cells/raw-cell.js';
import { ImportInvalidError, toFieldIssue } from '../import-issue.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import { MAX_ROWS_PER_SHEET, type RawRow, type RawTable } from './raw-table.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252, which French Excel writes by default. */
export function decodeCsv(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(data);
  }
}

/** The separator of a CSV file: French Excel writes semicolons, other tools commas or tabs; the first line tells. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** Reads a CSV file as one sheet; every cell stays text (the column decides how to read it: "1.10" is not 1.1). */
export async function readCsv(data: Buffer, title: string): Promise<RawTable> {
  const text = decodeCsv(data);
  const workbook = new ExcelJS.Workbook();
  let worksheet: ExcelJS.Worksheet;
  try {
    worksheet = await workbook.csv.read(Readable.from([text]), {
      sheetName: 'csv',
      parserOptions: { delimiter: detectDelimiter(text), quote: '"', escape: '"' },
      map: (value: unknown) => value,
    });
  } catch {
    throw new ImportInvalidError([toFieldIssue({ sheet: title, code: 'unreadable_file', message: IMPORT_MESSAGES.unreadableCsv() })], 1);
  }
  if (worksheet.actualRowCount > MAX_ROWS_PER_SHEET + 2) return { title, rows: [], tooManyRows: true };
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = (row.values as unknown[]).slice(1).map((value) => toRawCell(typeof value === 'string' ? value : null));
    rows.push({ number, cells });
  });
  return { title, rows };
}
