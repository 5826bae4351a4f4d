import { stripUnwritable } from '../../domain/validation/text-characters.js';

/**
 * What every file the app writes (Word, Excel, CSV) does to a text, in one place: strip the characters XML cannot
 * carry (the schemas refuse them, but SharePoint lists can be edited by hand and old data exists), and make a
 * spreadsheet cell inert where it would start a formula.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection): `=`, `+`, `-`, `@`, tab,
 * carriage return, line feed, and the full-width `＝＋－＠` that some spreadsheets (Japanese and Chinese input) take
 * for their ASCII twins.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text any XML or CSV writer can carry: XML's forbidden control characters, U+FFFE/U+FFFF and lone surrogates removed. */
export const writableText = (text: string): string => stripUnwritable(text);

/** A text cell made inert: prefixed with an apostrophe when it would start a formula; other texts unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A spreadsheet cell (CSV or Excel): texts made writable then inert; numbers, dates and empty cells as they are. */
export function safeCell<T>(value: T): T {
  // Stripped first: "\u0001=cmd" would otherwise become "=cmd" after the neutraliser looked at it.
  return (typeof value === 'string' ? neutraliseFormula(writableText(value)) : value) as T;
}

/** A copy of plain data (objects, arrays) with every text made writable: for documents built from a whole view model. */
export function writableData<T>(value: T): T {
  if (typeof value === 'string') return writableText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => writableData(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, writableData(item)])) as T;
  return value;
}
