import type { Milestone } from '../../../domain/entities/index.js';
import { IMPORT_MESSAGES } from '../import-messages.js';
import type { Lookup } from '../resolve/directory.js';
import type { CellType, RefKind } from '../sheets/column.js';
import { choiceCode, choiceLabels } from './choices.js';
import { parseMilestones } from './milestones.js';
import { parseDate } from './parse-date.js';
import { parseNumber } from './parse-number.js';
import { parseProblem, parsedValue, type Parsed } from './parsed.js';
import { cellText, type RawCell } from './raw-cell.js';

/** Finds the record a reference designates. */
export type Resolve = (kind: RefKind, text: string) => Lookup;

export type CellResult = string | number | string[] | Milestone[];

function reference(kind: RefKind, text: string, resolve: Resolve): Parsed<string> {
  const found = resolve(kind, text);
  if (found.ok) return parsedValue(found.id);
  const message = found.code === 'ambiguous_reference' ? IMPORT_MESSAGES.ambiguousReference(kind, text) : IMPORT_MESSAGES.unknownReference(kind, text);
  return parseProblem(found.code, message);
}

function references(kind: RefKind, text: string, resolve: Resolve): Parsed<string[]> {
  const ids: string[] = [];
  // Semicolons, not commas: service names have commas in them ("Direction culture, sports et vie associative").
  for (const part of text.split(/[;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const one = reference(kind, part, resolve);
    if (!one.ok) return one;
    if (one.value !== undefined) ids.push(one.value);
  }
  return parsedValue(ids);
}

/** Reads one cell as its column says: the value for the record (codes for labels, ids for references) or the problem. */
export function readCell(type: CellType, cell: RawCell, resolve: Resolve): Parsed<CellResult> {
  if (cell !== undefined && typeof cell === 'object' && !(cell instanceof Date))
    return parseProblem('cell_error', IMPORT_MESSAGES.cellError(cell.error));
  switch (type.type) {
    case 'number':
      return parseNumber(cell);
    case 'date':
      return parseDate(cell);
    case 'milestones':
      return parseMilestones(cell);
    default:
      break;
  }
  const text = cellText(cell);
  if (text === undefined) return parsedValue(undefined);
  switch (type.type) {
    case 'text':
      return parsedValue(text);
    case 'choice': {
      const code = choiceCode(type.choices, text);
      return code === undefined ? parseProblem('invalid_choice', IMPORT_MESSAGES.invalidChoice(text, choiceLabels(type.choices))) : parsedValue(code);
    }
    case 'ref':
      return reference(type.kind, text.trim(), resolve);
    case 'refList':
      return references(type.kind, text, resolve);
  }
}
