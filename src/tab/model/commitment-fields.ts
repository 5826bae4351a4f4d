import type { FieldSpec } from './record-draft';

/** Editable fields of an engagement, in form order. */
export const COMMITMENT_FIELDS = [
  { name: 'status', kind: 'choice', required: true },
  { name: 'gapJustification', kind: 'longText' },
  { name: 'reference', kind: 'text', required: true },
  { name: 'title', kind: 'text', required: true },
  { name: 'axisId', kind: 'choice', required: true },
  { name: 'leadPersonId', kind: 'choice' },
  { name: 'weight', kind: 'number' },
  { name: 'description', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

/** What an elected official may change on the engagements they lead: the narrative. */
export const NARRATIVE_FIELDS: ReadonlySet<string> = new Set(['description', 'gapJustification']);

/** A revised or abandoned engagement owes the public a justification of the gap. */
export const needsJustification = (status: string): boolean => status === 'revised' || status === 'abandoned';
