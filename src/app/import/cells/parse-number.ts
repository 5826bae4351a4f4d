import { IMPORT_MESSAGES } from '../import-messages.js';
import { parseProblem, parsedValue, type Parsed } from './parsed.js';
import { cellText, type RawCell } from './raw-cell.js';

/**
 * Reads a number: a number cell as it is, or text in French notation — decimal comma, spaces (also non-breaking)
 * between thousands, a trailing € or % — or with a decimal point. "1.234,5" is refused rather than guessed.
 */
export function parseNumber(cell: RawCell): Parsed<number> {
  if (cell === undefined) return parsedValue(undefined);
  if (typeof cell === 'number') return Number.isFinite(cell) ? parsedValue(cell) : parseProblem('invalid_number', IMPORT_MESSAGES.invalidNumber(String(cell)));
  const text = cellText(cell) ?? '';
  if (typeof cell !== 'string') return parseProblem('invalid_number', IMPORT_MESSAGES.invalidNumber(text));
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|%|EUR)$/i, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return parseProblem('invalid_number', IMPORT_MESSAGES.invalidNumber(text));
  return parsedValue(Number(compact.replace(',', '.')));
}
