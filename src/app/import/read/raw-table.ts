import type { RawCell } from '../cells/raw-cell.js';

/** A row of a sheet: its number as Excel shows it, and its cells by 0-based column index. */
export interface RawRow {
  number: number;
  cells: RawCell[];
}

/** A sheet as read from the file, before its headings are recognised. */
export interface RawTable {
  /** The sheet's name in the file (for a CSV file, the sheet named by `?sheet=`). */
  title: string;
  rows: RawRow[];
  /** Set when the sheet has more rows than the import reads: its rows were not read. */
  tooManyRows?: boolean;
}

/** Rows past this many in one sheet are refused: a programme has hundreds, not tens of thousands. */
export const MAX_ROWS_PER_SHEET = 20_000;
