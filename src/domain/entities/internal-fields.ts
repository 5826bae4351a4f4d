/**
 * Fields an administrator may mark internal: readers do not see them (in the API, the tab, the read models and the
 * history). Answers to campaigns are never shown to readers anyway.
 */
export const INTERNAL_FIELD_CHOICES = [
  'action.blockers',
  'action.nextSteps',
  'action.budgetPlanned',
  'action.budgetSpent',
  'action.staffing',
  'commitment.gapJustification',
  'feedback.summary',
  'feedback.participants',
] as const;
/** A field that can be marked internal, as `kind.field`. */
export type InternalField = (typeof INTERNAL_FIELD_CHOICES)[number];

/** Internal until an administrator decides otherwise: blockers and budget details. */
export const DEFAULT_INTERNAL_FIELDS: readonly InternalField[] = ['action.blockers', 'action.budgetPlanned', 'action.budgetSpent', 'action.staffing'];

/** The internal field names of one kind of record. */
export function internalFieldsOfKind(fields: readonly InternalField[], kind: string): string[] {
  return fields.filter((f) => f.startsWith(`${kind}.`)).map((f) => f.slice(kind.length + 1));
}
