/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert in Excel, LibreOffice and Google Sheets: a value starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading apostrophe, so it is shown, never evaluated. Numbers are left alone.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV cell: null and undefined are empty, numbers as they are, text neutralised and quoted when needed. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte order mark (Excel otherwise guesses Windows-1252), `;` as
 * separator (`,` is the decimal mark in French), CRLF line ends, every text cell neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
