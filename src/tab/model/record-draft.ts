/**
 * How a field of a form is typed: what the input holds is always a string; this says how to read it back.
 * `lines` is a list of free texts, one per line (themes), since a text may itself contain commas.
 */
export type FieldKind = 'text' | 'longText' | 'date' | 'integer' | 'number' | 'choice' | 'multiChoice' | 'lines';

export interface FieldSpec<Name extends string = string> {
  name: Name;
  kind: FieldKind;
  required?: boolean;
}

/** What the form holds: one string per field ('' = empty). */
export type Draft = Record<string, string>;

/** A stored value as an input holds it: '' for nothing, a comma-separated list for several ids. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => textOf(v)).join(',');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A record's fields as the form holds them. */
export function toDraft(record: object, fields: readonly FieldSpec[]): Draft {
  const values = record as Record<string, unknown>;
  const draft: Draft = {};
  for (const { name, kind } of fields) {
    const value = values[name];
    draft[name] = kind === 'lines' && Array.isArray(value) ? value.map((v) => textOf(v)).join('\n') : textOf(value);
  }
  return draft;
}

/** The stored value of a draft field: undefined when empty, a number for numeric fields (NaN when not one), a list for multiple choices. */
export function parseField(spec: FieldSpec, text: string): string | number | string[] | undefined {
  if (spec.kind === 'multiChoice') return text.split(',').filter(Boolean);
  if (spec.kind === 'lines') return text.split('\n').map((line) => line.trim()).filter(Boolean);
  const trimmed = spec.kind === 'longText' ? text : text.trim();
  if (trimmed === '') return undefined;
  if (spec.kind === 'integer' || spec.kind === 'number') {
    const value = Number(trimmed.replace(',', '.').replace(/\s/g, ''));
    return spec.kind === 'integer' && Number.isFinite(value) && !Number.isInteger(value) ? Number.NaN : value;
  }
  return trimmed;
}

/** The fields whose draft differs from the record. */
export function changedFields(draft: Draft, record: object, fields: readonly FieldSpec[]): string[] {
  const base = toDraft(record, fields);
  return fields.filter((f) => (draft[f.name] ?? '') !== (base[f.name] ?? '')).map((f) => f.name);
}

export interface PatchResult {
  /** Changed fields only; null clears a field. */
  patch: Record<string, unknown>;
  /** Local problems by field: 'required' or 'number'. */
  problems: Record<string, 'required' | 'number'>;
}

/** The PATCH body of a draft against the record it started from, and what is wrong before even asking the API. */
export function draftPatch(draft: Draft, record: object, fields: readonly FieldSpec[]): PatchResult {
  const patch: Record<string, unknown> = {};
  const problems: PatchResult['problems'] = {};
  const changed = new Set(changedFields(draft, record, fields));
  for (const spec of fields) {
    const value = parseField(spec, draft[spec.name] ?? '');
    if (spec.required && (value === undefined || (Array.isArray(value) && value.length === 0))) problems[spec.name] = 'required';
    else if (typeof value === 'number' && Number.isNaN(value)) problems[spec.name] = 'number';
    else if (changed.has(spec.name)) patch[spec.name] = value ?? null;
  }
  return { patch, problems };
}

/**
 * After a conflict: start again from their version, keeping what this user changed (their draft values for the fields
 * they touched) and taking everything else from the new version.
 */
export function rebaseDraft(draft: Draft, oldBase: object, newBase: object, fields: readonly FieldSpec[]): Draft {
  const mine = new Set(changedFields(draft, oldBase, fields));
  const theirs = toDraft(newBase, fields);
  const next: Draft = {};
  for (const { name } of fields) next[name] = mine.has(name) ? (draft[name] ?? '') : (theirs[name] ?? '');
  return next;
}
