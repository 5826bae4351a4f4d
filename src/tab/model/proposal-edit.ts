import type { ProposalEdit } from '../data/hooks/use-proposals';
import { numberOf } from './question-draft';

/** How a proposed field is typed in the inline editor. */
export type ProposedFieldKind = 'progress' | 'weather' | 'trend' | 'longText' | 'number' | 'date';

const KINDS: Record<string, ProposedFieldKind> = {
  progress: 'progress',
  weather: 'weather',
  trend: 'trend',
  blockers: 'longText',
  nextSteps: 'longText',
  value: 'number',
  date: 'date',
};

/** The input a proposed field needs (free text for a field this tab does not know). */
export const proposedFieldKind = (field: string): ProposedFieldKind => (Object.hasOwn(KINDS, field) ? KINDS[field]! : 'longText');

type Scalar = string | number | boolean | null;

/** A value as an input holds it. */
export const textOfValue = (value: Scalar): string => (value === null ? '' : String(value));

/** What a typed value means for the API: null when emptied, a number for numeric fields (NaN when it is not one). */
export function valueOfText(field: string, text: string): string | number | null {
  const kind = proposedFieldKind(field);
  if (kind === 'longText') return text.trim() === '' ? null : text;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (kind === 'progress' || kind === 'number') return numberOf(trimmed) ?? null;
  return trimmed;
}

/** The edits to send: only the fields whose typed value differs from the proposed one. */
export function editsOf(changes: readonly { field: string; new: Scalar }[], typed: Readonly<Record<string, string>>): ProposalEdit[] {
  return changes.flatMap((c) => {
    const text = typed[c.field];
    if (text === undefined || text === textOfValue(c.new)) return [];
    return [{ field: c.field, new: valueOfText(c.field, text) }];
  });
}

/** Fields whose typed value is not a number although it must be one. */
export const notNumbers = (edits: readonly ProposalEdit[]): string[] =>
  edits.filter((e) => typeof e.new === 'number' && Number.isNaN(e.new)).map((e) => e.field);
