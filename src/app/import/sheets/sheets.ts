import { foldCell } from '../cells/choices.js';
import type { ImportKind } from '../import-kinds.js';
import { ACTION_SHEET } from './action.sheet.js';
import { AXIS_SHEET } from './axis.sheet.js';
import type { SheetDef } from './column.js';
import { COMMITMENT_SHEET } from './commitment.sheet.js';
import { INDICATOR_SHEET } from './indicator.sheet.js';
import { MEASURE_SHEET } from './measure.sheet.js';
import { PERSON_SHEET } from './person.sheet.js';
import { SERVICE_SHEET } from './service.sheet.js';

/** The sheets of the workbook, in the order people fill them in (top of the programme first). */
export const SHEETS: readonly SheetDef[] = [AXIS_SHEET, COMMITMENT_SHEET, ACTION_SHEET, INDICATOR_SHEET, MEASURE_SHEET, SERVICE_SHEET, PERSON_SHEET];

/** The sheet of each kind. */
export const SHEET_OF: Record<ImportKind, SheetDef> = Object.fromEntries(SHEETS.map((s) => [s.kind, s])) as Record<ImportKind, SheetDef>;

/** The sheet a name designates (French sheet name or alias, any case or accents); undefined if none. */
export function sheetNamed(name: string): SheetDef | undefined {
  const folded = foldCell(name);
  return SHEETS.find((s) => foldCell(s.name) === folded || s.aliases.some((a) => foldCell(a) === folded));
}
