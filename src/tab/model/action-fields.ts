import type { FieldSpec } from './record-draft';

/** Every editable field of an action, in form order. */
export const ACTION_FIELDS = [
  { name: 'title', kind: 'text', required: true },
  { name: 'description', kind: 'longText' },
  { name: 'commitmentId', kind: 'choice', required: true },
  { name: 'status', kind: 'choice', required: true },
  { name: 'progress', kind: 'integer' },
  { name: 'weather', kind: 'choice' },
  { name: 'trend', kind: 'choice' },
  { name: 'priority', kind: 'choice' },
  { name: 'serviceId', kind: 'choice' },
  { name: 'ownerPersonId', kind: 'choice' },
  { name: 'startDate', kind: 'date' },
  { name: 'dueDate', kind: 'date' },
  { name: 'revisedDueDate', kind: 'date' },
  { name: 'half', kind: 'choice', required: true },
  { name: 'budgetPlanned', kind: 'number' },
  { name: 'budgetSpent', kind: 'number' },
  { name: 'staffing', kind: 'number' },
  { name: 'weight', kind: 'number' },
  { name: 'blockers', kind: 'longText' },
  { name: 'nextSteps', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

export type ActionFieldName = (typeof ACTION_FIELDS)[number]['name'];
