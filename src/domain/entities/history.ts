import type { ChangeSource } from './vocabulary.js';

/** Who made a change. */
export interface Actor {
  id: string;
  name: string;
}

/** What every write carries: who, from where, when. */
export interface ChangeContext {
  actor: Actor;
  source: ChangeSource;
  at: string;
}

/** One field's old and new value. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** A history entry: every change to a record keeps who, when, from where, and old → new per field. */
export interface HistoryEntry {
  id: string;
  entityType: string;
  entityId: string;
  operation: 'create' | 'update' | 'delete';
  at: string;
  actor: Actor;
  source: ChangeSource;
  changes: FieldChange[];
}
