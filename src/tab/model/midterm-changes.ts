import type { HistoryEntry } from '../api/read-models';

/** Kinds whose changes the roadmap of the second half marks. */
export const STEERED_KINDS = ['commitment', 'action', 'indicator'] as const;
export type SteeredKind = (typeof STEERED_KINDS)[number];

/** What changed on each record since the mid-term: the fields, keyed `kind/id`. */
export type MidTermChanges = ReadonlyMap<string, readonly string[]>;

/** The key of a record in MidTermChanges. */
export const changeKey = (kind: SteeredKind, id: string): string => `${kind}/${id}`;

/**
 * The records created or changed on or after the mid-term date, with the fields each change touched (a creation is
 * noted as such, not as a change of every field it set). Entries from before the date are ignored, whatever their order.
 */
export function midTermChanges(entries: readonly HistoryEntry[], midTermDate: string): MidTermChanges {
  const fields = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.at.slice(0, 10) < midTermDate || entry.operation === 'delete') continue;
    if (!(STEERED_KINDS as readonly string[]).includes(entry.entityType)) continue;
    const key = `${entry.entityType}/${entry.entityId}`;
    const set = fields.get(key) ?? new Set<string>();
    if (entry.operation === 'create') set.add('created');
    else for (const change of entry.changes) set.add(change.field);
    fields.set(key, set);
  }
  return new Map([...fields].map(([key, set]) => [key, [...set].sort()]));
}
