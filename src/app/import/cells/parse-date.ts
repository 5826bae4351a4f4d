import { IMPORT_MESSAGES } from '../import-messages.js';
import { parseProblem, parsedValue, type Parsed } from './parsed.js';
import { cellText, type RawCell } from './raw-cell.js';

const DAY_MS = 86_400_000;
// Excel's day 0 in the 1900 date system, as the serial numbers of a cell formatted as a number count from it.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const LAST_EXCEL_SERIAL = 2_958_465; // 31/12/9999

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over to March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
};

function fromText(text: string): string | undefined {
  const trimmed = text.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(trimmed);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  // French order: day first, whatever the separator.
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (french) return iso(Number(french[3]), Number(french[2]), Number(french[1]));
  return undefined;
}

/**
 * Reads a calendar date: an Excel date cell, an Excel serial number, or text as `aaaa-mm-jj` or `jj/mm/aaaa`.
 * exceljs gives date cells as instants at midnight UTC, so the UTC calendar day is the day the sheet shows.
 */
export function parseDate(cell: RawCell): Parsed<string> {
  if (cell === undefined) return parsedValue(undefined);
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return parsedValue(cell.toISOString().slice(0, 10));
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell <= LAST_EXCEL_SERIAL)
    return parsedValue(new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10));
  const text = cellText(cell) ?? '';
  const date = typeof cell === 'string' ? fromText(cell) : undefined;
  return date ? parsedValue(date) : parseProblem('invalid_date', IMPORT_MESSAGES.invalidDate(text));
}
