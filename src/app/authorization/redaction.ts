import type { EntityKind, HistoryEntry } from '../../domain/entities/index.js';
import type { EntityRecords, SnapshotContent } from '../../domain/snapshots/snapshot-content.js';
import type { RoadmapData } from '../roadmap/roadmap-data.js';
import { hiddenOfKind, type ReadView } from './read-view.js';

/**
 * THE redaction: every read service shapes its records through these functions, given the caller's view
 * (read-view.ts), before it filters, searches, builds a read model or writes a file. What a view hides is therefore
 * absent from the answer and from whatever decided which rows the answer holds.
 */

/** A record without the fields `view` hides for its kind (a copy; the record itself is left alone). */
export function redactRecord<T extends object>(view: ReadView, kind: string, record: T): T {
  const fields = hiddenOfKind(view, kind);
  if (fields.length === 0) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy as T;
}

/** Records of one kind, redacted. */
export function redactRecords<T extends object>(view: ReadView, kind: string, records: readonly T[]): T[] {
  return hiddenOfKind(view, kind).length === 0 ? [...records] : records.map((r) => redactRecord(view, kind, r));
}

/** History without the changes of hidden fields (an update left with no change is dropped: it said nothing else). */
export function redactHistory(view: ReadView, entries: readonly HistoryEntry[]): HistoryEntry[] {
  if (view.hidden.length === 0) return [...entries];
  return entries.flatMap((entry) => {
    const fields = new Set(hiddenOfKind(view, entry.entityType));
    if (fields.size === 0) return [entry];
    const changes = entry.changes.filter((c) => !fields.has(c.field));
    return changes.length === 0 && entry.operation === 'update' ? [] : [{ ...entry, changes }];
  });
}

/** Every record of every kind, redacted. */
export function redactEntityRecords(view: ReadView, records: EntityRecords): EntityRecords {
  if (view.hidden.length === 0) return records;
  const result = {} as Record<EntityKind, object[]>;
  for (const [kind, list] of Object.entries(records) as [EntityKind, object[]][]) result[kind] = redactRecords(view, kind, list);
  return result as EntityRecords;
}

/** A record set (today's or a snapshot's) whose records are redacted; the campaigns' answers go to `internal.read` only. */
export function redactRecordSet(view: ReadView, set: SnapshotContent): SnapshotContent {
  if (view.hidden.length === 0) return set;
  return { ...set, records: redactEntityRecords(view, set.records) };
}

/** The roadmap's loaded data, redacted before any read model is built or searched from it. */
export function redactRoadmapData(view: ReadView, data: RoadmapData): RoadmapData {
  if (view.hidden.length === 0) return data;
  return {
    ...data,
    commitments: redactRecords(view, 'commitment', data.commitments),
    actions: redactRecords(view, 'action', data.actions),
    indicators: redactRecords(view, 'indicator', data.indicators),
    axes: redactRecords(view, 'axis', data.axes),
  };
}
