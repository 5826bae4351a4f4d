/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection): `=`, `+`, `-`, `@`, tab and
 * carriage return. The one helper every CSV and Excel writer of the exports goes through.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert: prefixed with an apostrophe when it would start a formula; other texts unchanged. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Any cell value: texts neutralised, numbers, dates and empty cells as they are (a number is never a formula). */
export function neutraliseCell<T>(value: T): T {
  return (typeof value === 'string' ? neutraliseText(value) : value) as T;
}
