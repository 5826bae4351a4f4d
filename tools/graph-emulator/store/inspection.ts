import type { InspectedItem } from '../types.js';
import { allFields } from './item-json.js';
import { itemETag, type Actor, type SiteState } from './list.model.js';
import { findItem, updateItemFields } from './item-operations.js';
import { findList } from './list-operations.js';

/** Items of a list as Graph would return them with $expand=fields, in ID order. */
export function inspectList(site: SiteState, displayName: string): InspectedItem[] {
  const list = findList(site, displayName);
  return [...list.items.values()].sort((a, b) => a.id - b.id).map((item) => ({ id: String(item.id), eTag: itemETag(item), fields: allFields(list, item) }));
}

/** The person editing an item in the SharePoint UI. */
export const UI_USER: Actor = {
  identity: { user: { email: 'alex.wilber@contoso.com', id: '4f4b6d5e-8c7a-4c3e-9f51-2d3c1b0a9e87', displayName: 'Alex Wilber' } },
  lookupId: 11,
};

/** A field change made by a person: same validation as Graph writes, bumps the eTag, shows up in delta. */
export function editAsUser(site: SiteState, listDisplayName: string, itemId: string, fields: Record<string, unknown>, now: Date): void {
  const list = findList(site, listDisplayName);
  updateItemFields(list, findItem(list, itemId), fields, UI_USER, now, undefined);
}
