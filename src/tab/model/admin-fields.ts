import type { FieldSpec } from './record-draft';

/** Editable fields of a service. */
export const SERVICE_FIELDS = [
  { name: 'name', kind: 'text', required: true },
  { name: 'code', kind: 'text' },
  { name: 'parentId', kind: 'choice' },
  { name: 'headPersonId', kind: 'choice' },
] as const satisfies readonly FieldSpec[];

/** Editable fields of a person (the Entra object id is set at sign-in, not here). */
export const PERSON_FIELDS = [
  { name: 'displayName', kind: 'text', required: true },
  { name: 'email', kind: 'text' },
  { name: 'jobTitle', kind: 'text' },
  { name: 'role', kind: 'choice', required: true },
  { name: 'serviceIds', kind: 'multiChoice' },
] as const satisfies readonly FieldSpec[];
