import { safeCell } from './output-text.js';

/** A cell of a CSV file. */
export type CsvCell = string | number | boolean | Date | null | undefined;

/** How a CSV file is written. */
export interface CsvDialect {
  separator: ',' | ';';
  /** A UTF-8 byte-order mark, so that Excel reads accents right. */
  bom: boolean;
}

/** French Excel: semicolons (`,` is the decimal mark) and a byte-order mark (Excel otherwise guesses Windows-1252); what the import reads back too. */
export const EXCEL_FR: CsvDialect = { separator: ';', bom: true };
/** Open data (data.gouv.fr): commas, UTF-8 without a byte-order mark. */
export const OPEN_DATA: CsvDialect = { separator: ',', bom: false };

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(safeCell(cell));
}

/**
 * The one CSV writer of the app: RFC 4180 (CRLF, quotes doubled), every text cell made writable and neutralised
 * against formula injection (see output-text.ts).
 */
export function writeCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const quote = (text: string): string => (/[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text);
  const line = (cells: readonly CsvCell[]): string => cells.map((c) => quote(cellText(c))).join(dialect.separator);
  const body = [line(headers), ...rows.map(line)].join('\r\n');
  return `${dialect.bom ? '\uFEFF' : ''}${body}\r\n`;
}
