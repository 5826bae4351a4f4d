import { invalidRequest } from '../http/graph-error.js';
import type { ColumnDef, FieldValue } from './column.model.js';
import type { ListState } from './list.model.js';

/** SharePoint compares unique text values without regard to case. */
function uniqueKey(value: FieldValue): string {
  return typeof value === 'string' ? `s:${value.toLowerCase()}` : `${typeof value}:${String(value)}`;
}

/** True when two items already share a value of the column (empty values never clash). */
export function findUniqueConflict(list: ListState, column: ColumnDef): boolean {
  const seen = new Set<string>();
  for (const item of list.items.values()) {
    const value = item.fields.get(column.name);
    if (value === undefined) continue;
    const key = uniqueKey(value);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The answer SharePoint gives through Graph: 400 invalidRequest (n8n's SharePoint node and UKEF's code match on this text). */
export function assertUniqueValues(list: ListState, candidate: Map<string, FieldValue>, itemId: number | undefined): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const value = candidate.get(column.name);
    if (value === undefined) continue;
    const key = uniqueKey(value);
    for (const other of list.items.values()) {
      if (other.id === itemId) continue;
      const otherValue = other.fields.get(column.name);
      if (otherValue !== undefined && uniqueKey(otherValue) === key) {
        throw invalidRequest('One or more fields with unique constraints already has the provided value.');
      }
    }
  }
}
