import { randomUUID } from 'node:crypto';
import { invalidRequest } from '../http/graph-error.js';
import { recordChange } from './change-log.js';
import type { FieldValue } from './column.model.js';
import { validateFieldWrites } from './field-values.js';
import type { Actor, ListState, SiteState } from './list.model.js';
import { findList } from './list-operations.js';

const uniqueKey = (value: FieldValue): string => (typeof value === 'string' ? `s:${value.toLowerCase()}` : `${typeof value}:${String(value)}`);

/**
 * Adds many items at once, as that many Graph creates would (same field validation, unique values, change log), but
 * without a round trip each: tests need lists past the list view threshold, and 20,000 POSTs would take minutes.
 */
export function seedItems(site: SiteState, listDisplayName: string, rows: readonly Record<string, unknown>[], actor: Actor, now: Date): void {
  const list: ListState = findList(site, listDisplayName);
  const unique = list.columns.filter((c) => c.enforceUniqueValues);
  const seen = new Map(unique.map((c) => [c.name, new Set<string>()]));
  for (const item of list.items.values()) {
    for (const c of unique) {
      const value = item.fields.get(c.name);
      if (value !== undefined) seen.get(c.name)?.add(uniqueKey(value));
    }
  }
  const prepared = rows.map((row) => {
    const fields = new Map<string, FieldValue>();
    for (const [name, value] of validateFieldWrites(list.columns, row, 'create')) if (value !== null) fields.set(name, value);
    for (const c of unique) {
      const value = fields.get(c.name);
      if (value === undefined) continue;
      const values = seen.get(c.name)!;
      if (values.has(uniqueKey(value))) throw invalidRequest('One or more fields with unique constraints already has the provided value.');
      values.add(uniqueKey(value));
    }
    return fields;
  });
  // Nothing is added unless every row is valid, so a failed seed leaves the list as it was.
  for (const fields of prepared) {
    const id = list.nextItemId;
    list.nextItemId += 1;
    list.items.set(id, { id, uniqueId: randomUUID().toUpperCase(), version: 1, fields, created: now, modified: now, createdBy: actor, modifiedBy: actor });
    recordChange(list, id);
  }
}
