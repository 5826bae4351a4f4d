import { randomUUID } from 'node:crypto';
import { GraphHttpError, invalidRequest, itemNotFound } from '../http/graph-error.js';
import { recordChange } from './change-log.js';
import type { FieldValue } from './column.model.js';
import { validateFieldWrites } from './field-values.js';
import { itemETag, type Actor, type ItemState, type ListState } from './list.model.js';
import { assertUniqueValues } from './unique-values.js';

export function findItem(list: ListState, rawId: string): ItemState {
  const id = /^\d+$/.test(rawId) ? Number(rawId) : NaN;
  const item = list.items.get(id);
  if (!item) throw itemNotFound('Item not found');
  return item;
}

/** Compares an If-Match value with the item's eTag ("*" matches anything; braces and case are not significant). */
export function assertIfMatch(item: ItemState, ifMatch: string | undefined): void {
  if (ifMatch === undefined) return;
  const canonical = (tag: string): string => tag.trim().replace(/^W\//, '').replace(/[{}"]/g, '').toLowerCase();
  const current = itemETag(item);
  // One tag only: SharePoint eTags contain a comma, so a list of tags cannot be split reliably.
  if (ifMatch.trim() === '*' || canonical(ifMatch) === canonical(current)) return;
  throw new GraphHttpError(412, 'preconditionFailed', `The request ETag value '${ifMatch}' does not match the object's ETag value '${current}'.`);
}

function applyWrites(target: Map<string, FieldValue>, writes: Map<string, FieldValue | null>): Map<string, FieldValue> {
  const next = new Map(target);
  for (const [name, value] of writes) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** POST …/items { fields }. */
export function createItem(list: ListState, body: unknown, actor: Actor, now: Date): ItemState {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The list item must be a JSON object.');
  const keys = Object.keys(body);
  const unexpected = keys.find((key) => key !== 'fields');
  if (unexpected) throw invalidRequest(`Property '${unexpected}' cannot be set when creating a list item.`);
  const writes = validateFieldWrites(list.columns, (body as { fields?: unknown }).fields ?? {}, 'create');
  const fields = applyWrites(new Map(), writes);
  assertUniqueValues(list, fields, undefined);
  const item: ItemState = {
    id: list.nextItemId,
    uniqueId: randomUUID().toUpperCase(),
    version: 1,
    fields,
    created: now,
    modified: now,
    createdBy: actor,
    modifiedBy: actor,
  };
  list.nextItemId += 1;
  list.items.set(item.id, item);
  recordChange(list, item.id);
  return item;
}

/** PATCH …/items/{id}/fields: untouched fields are kept, null clears. */
export function updateItemFields(list: ListState, item: ItemState, body: unknown, actor: Actor, now: Date, ifMatch: string | undefined): ItemState {
  assertIfMatch(item, ifMatch);
  const writes = validateFieldWrites(list.columns, body, 'update');
  const fields = applyWrites(item.fields, writes);
  assertUniqueValues(list, fields, item.id);
  item.fields = fields;
  item.version += 1;
  item.modified = now;
  item.modifiedBy = actor;
  recordChange(list, item.id);
  return item;
}

/** DELETE …/items/{id}. */
export function deleteItem(list: ListState, item: ItemState, ifMatch: string | undefined): void {
  assertIfMatch(item, ifMatch);
  list.items.delete(item.id);
  recordChange(list, item.id);
}
