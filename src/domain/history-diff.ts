import type { FieldChange } from './entities/history.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field differences between two versions of a record (undefined stands for "absent"). */
export function diffRecords(before: object | undefined, after: object | undefined): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => !same(b[field], a[field]))
    .map((field) => ({ field, old: b[field] ?? null, new: a[field] ?? null }));
}
