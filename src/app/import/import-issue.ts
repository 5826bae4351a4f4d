import { DomainError, type FieldIssue } from '../../domain/errors.js';
import type { LocalizedText } from '../../domain/validation/messages.js';

/** Where in the file something is wrong: a sheet, and within it a row and a column (as Excel numbers and letters them). */
export interface CellLocation {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row?: number;
  /** 0-based column index; shown as a letter. */
  column?: number;
}

/** One thing wrong with the file. */
export interface ImportIssue extends Partial<CellLocation> {
  code: string;
  message: LocalizedText;
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel's way of naming a place: `Actions!F12`, `Actions!1:1` for a whole row, `Actions` for the sheet, '' for the file. */
export function issuePath(issue: Partial<CellLocation>): string {
  if (issue.sheet === undefined) return '';
  const sheet = /^[\p{L}\p{N}_]+$/u.test(issue.sheet) ? issue.sheet : `'${issue.sheet.replace(/'/g, "''")}'`;
  if (issue.row === undefined) return sheet;
  if (issue.column === undefined) return `${sheet}!${issue.row}:${issue.row}`;
  return `${sheet}!${columnLetter(issue.column)}${issue.row}`;
}

/** The file has errors: nothing was written. `issues` say where, in both languages. */
export class ImportInvalidError extends DomainError {
  readonly code = 'import_invalid';
  constructor(
    readonly issues: FieldIssue[],
    readonly total: number,
  ) {
    super(`${total} problem(s) in the imported file: ${issues.slice(0, 3).map((i) => `${i.path} ${i.message.en}`).join('; ')}`);
  }
}

/** Orders issues as a person reads the file: sheet by sheet, row by row, left to right. */
export function sortIssues(issues: readonly ImportIssue[], sheetOrder: readonly string[]): ImportIssue[] {
  const rank = (sheet: string | undefined): number => (sheet === undefined ? -1 : sheetOrder.indexOf(sheet));
  return [...issues].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1),
  );
}

/** Issues as the API details them: `{ path: 'Actions!F12', code, message }`. */
export const toFieldIssue = (issue: ImportIssue): FieldIssue => ({ path: issuePath(issue), code: issue.code, message: issue.message });
