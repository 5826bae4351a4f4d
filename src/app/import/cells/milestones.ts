import type { Milestone } from '../../../domain/entities/index.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import { parseDate } from './parse-date.js';
import { parseNumber } from './parse-number.js';
import { parseProblem, parsedValue, type Parsed } from './parsed.js';
import { cellText, type RawCell } from './raw-cell.js';

/** A date in the French order the workbook shows: 2029-03-22 → 22/03/2029. */
export const frenchDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');

/** A number with a decimal comma, no thousands separator (so that it reads back unambiguously). */
export const frenchNumber = (value: number): string => String(value).replace('.', ',');

/** Jalons in one cell: "22/03/2029 = 4100 ; 31/12/2030 = 3900,5". */
export const formatMilestones = (milestones: readonly Milestone[]): string =>
  milestones.map((m) => `${frenchDate(m.date)} = ${frenchNumber(m.value)}`).join(' ; ');

/** Reads the jalons cell: pairs "date = valeur" (or "date : valeur") separated by semicolons or line breaks. */
export function parseMilestones(cell: RawCell): Parsed<Milestone[]> {
  if (cell === undefined) return parsedValue(undefined);
  const text = cellText(cell) ?? '';
  const problem = parseProblem<Milestone[]>('invalid_milestones', IMPORT_MESSAGES.invalidMilestones(text));
  if (typeof cell !== 'string') return problem;
  const milestones: Milestone[] = [];
  for (const part of cell.split(/[;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const pair = /^(\S+)\s*[=:]\s*(.+)$/.exec(part);
    if (!pair) return problem;
    const date = parseDate(pair[1]);
    const value = parseNumber(pair[2]);
    if (!date.ok || !value.ok || date.value === undefined || value.value === undefined) return problem;
    milestones.push({ date: date.value, value: value.value });
  }
  return parsedValue(milestones);
}
