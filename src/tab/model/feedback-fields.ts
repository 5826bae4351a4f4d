import type { FieldSpec } from './record-draft';

/** Fields of a feedback record, in form order. */
export const FEEDBACK_FIELDS = [
  { name: 'title', kind: 'text', required: true },
  { name: 'kind', kind: 'choice', required: true },
  { name: 'date', kind: 'date', required: true },
  { name: 'participants', kind: 'integer' },
  { name: 'summary', kind: 'longText', required: true },
  { name: 'themes', kind: 'lines' },
  { name: 'commitmentIds', kind: 'multiChoice' },
] as const satisfies readonly FieldSpec[];

/** Fields that take the dialog's whole width. */
export const FEEDBACK_WIDE_FIELDS: ReadonlySet<string> = new Set(['title', 'summary', 'commitmentIds']);
