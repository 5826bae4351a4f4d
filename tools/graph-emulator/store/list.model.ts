import type { ColumnDef, FieldValue } from './column.model.js';

/** Who made a change, as Graph's identitySet. */
export interface IdentitySet {
  user?: { displayName: string; email?: string; id?: string };
  application?: { id: string; displayName: string };
}

export interface Actor {
  identity: IdentitySet;
  /** The user's id in the site's user information list (AuthorLookupId / EditorLookupId). */
  lookupId: number;
}

export interface ItemState {
  id: number;
  /** Item UniqueId, upper case, part of the eTag. */
  uniqueId: string;
  /** Bumped on every change; the N of "{GUID},N". */
  version: number;
  /** User-column values; absent = empty (Graph leaves empty fields out). */
  fields: Map<string, FieldValue>;
  created: Date;
  modified: Date;
  createdBy: Actor;
  modifiedBy: Actor;
}

/** One change of the list, as delta replays it. */
export interface ChangeEntry {
  seq: number;
  itemId: number;
}

export interface ListState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: Date;
  modified: Date;
  columns: ColumnDef[];
  items: Map<number, ItemState>;
  nextItemId: number;
  changes: ChangeEntry[];
  /** Last change sequence number handed out. */
  seq: number;
  /** Changes at or before this sequence have been dropped from the log: older delta tokens get 410. */
  trimmedThroughSeq: number;
  /** Fault generation this list last answered a forced 410 for. */
  resyncGeneration: number;
}

export interface SiteState {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  webUrl: string;
  created: Date;
  lists: Map<string, ListState>;
}

/** The item eTag Graph shows: "{GUID},N" including the double quotes. */
export const itemETag = (item: ItemState): string => `"{${item.uniqueId}},${item.version}"`;
