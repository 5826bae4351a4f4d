import type { ColumnDef, ListDef } from '../schema/column-types.js';
import { ALL_LISTS, SCHEMA_VERSION } from '../schema/list-schema.js';
import { StoreSchemaError } from '../store-errors.js';
import { createdColumns } from './column-definition.js';

/** A column as the site has it. */
export interface SiteColumn {
  id: string;
  name: string;
  indexed?: boolean;
}

/** What provisioning needs to know of the site. */
export interface SiteState {
  lists: { id: string; displayName: string; columns: SiteColumn[] }[];
  schemaVersion?: number;
  /** The settings item holding the version, when there is one. */
  versionItemId?: string;
}

/** One change provisioning makes. It only ever adds: no step deletes or rewrites data (a backfill fills derived columns). */
export type ProvisionStep =
  | { kind: 'createList'; list: ListDef }
  | { kind: 'addColumn'; list: ListDef; listId: string; column: ColumnDef }
  | { kind: 'indexColumn'; list: ListDef; listId: string; column: ColumnDef; columnId: string }
  | { kind: 'backfill'; list: ListDef; listId: string }
  | { kind: 'setSchemaVersion'; from?: number; to: number; itemId?: string };

/**
 * The steps that bring a site to the schema: missing lists, missing columns, missing indexes, the backfill of derived
 * columns into items written before they existed, then the version.
 * Empty when the site is up to date, so a second run does nothing. Refuses a site of a newer schema.
 */
export function planProvisioning(state: SiteState, lists: readonly ListDef[] = ALL_LISTS, version = SCHEMA_VERSION): ProvisionStep[] {
  if (state.schemaVersion !== undefined && state.schemaVersion > version)
    throw new StoreSchemaError(`The site is at schema version ${state.schemaVersion}, newer than this release (${version}): nothing done.`);
  const steps: ProvisionStep[] = [];
  for (const list of lists) {
    const existing = state.lists.find((l) => l.displayName === list.displayName);
    if (!existing) {
      steps.push({ kind: 'createList', list });
      continue;
    }
    for (const column of createdColumns(list)) {
      const found = existing.columns.find((c) => c.name === column.name);
      if (!found) steps.push({ kind: 'addColumn', list, listId: existing.id, column });
      else if ((column.indexed || column.unique) && !found.indexed)
        steps.push({ kind: 'indexColumn', list, listId: existing.id, column, columnId: found.id });
    }
    // Planned from the version, not from a missing column: a run stopped halfway backfills again (it is idempotent).
    if (list.derivedSince !== undefined && (state.schemaVersion ?? 0) < list.derivedSince) steps.push({ kind: 'backfill', list, listId: existing.id });
  }
  if ((state.schemaVersion ?? 0) < version)
    steps.push({ kind: 'setSchemaVersion', from: state.schemaVersion, to: version, itemId: state.versionItemId });
  return steps;
}

/** One line of the plan, for people. */
export function describeStep(step: ProvisionStep): string {
  switch (step.kind) {
    case 'createList':
      return `create list « ${step.list.displayName} » with ${createdColumns(step.list).length} columns`;
    case 'addColumn':
      return `add column « ${step.column.displayName} » (${step.column.name}) to « ${step.list.displayName} »`;
    case 'indexColumn':
      return `index column « ${step.column.displayName} » (${step.column.name}) of « ${step.list.displayName} »`;
    case 'backfill':
      return `fill the derived columns of the items of « ${step.list.displayName} »`;
    case 'setSchemaVersion':
      return `record schema version ${step.to} (was ${step.from ?? 'none'})`;
  }
}
