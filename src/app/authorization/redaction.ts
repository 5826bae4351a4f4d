import { DEFAULT_INTERNAL_FIELDS, internalFieldsOfKind, type HistoryEntry, type InternalField, type Mandate } from '../../domain/entities/index.js';
import type { Dashboard } from '../roadmap/dashboard.service.js';
import type { Roadmap } from '../roadmap/roadmap.service.js';
import type { Identity } from './identity.js';
import { can } from './policy.js';

/** The fields hidden from `who`: none for those who may read internal fields, the mandate's choice for readers. */
export function hiddenFieldsFor(who: Identity, mandate: Pick<Mandate, 'internalFields'> | undefined): readonly InternalField[] {
  if (can(who, 'internal.read')) return [];
  return mandate?.internalFields ?? DEFAULT_INTERNAL_FIELDS;
}

/** A record without the hidden fields of its kind (a copy; the record itself is left alone). */
export function redactRecord<T extends object>(kind: string, record: T, hidden: readonly InternalField[]): T {
  const fields = internalFieldsOfKind(hidden, kind);
  if (fields.length === 0) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy as T;
}

/** History without the changes of hidden fields (an entry left with no change is dropped). */
export function redactHistory(entries: readonly HistoryEntry[], hidden: readonly InternalField[]): HistoryEntry[] {
  if (hidden.length === 0) return [...entries];
  return entries.flatMap((entry) => {
    const fields = new Set(internalFieldsOfKind(hidden, entry.entityType));
    if (fields.size === 0) return [entry];
    const changes = entry.changes.filter((c) => !fields.has(c.field));
    return changes.length === 0 && entry.operation === 'update' ? [] : [{ ...entry, changes }];
  });
}

/** The roadmap tree without hidden fields. */
export function redactRoadmap(roadmap: Roadmap, hidden: readonly InternalField[]): Roadmap {
  if (hidden.length === 0) return roadmap;
  return {
    ...roadmap,
    axes: roadmap.axes.map((axis) => ({
      ...axis,
      commitments: axis.commitments.map((commitment) => ({
        ...redactRecord('commitment', commitment, hidden),
        actions: commitment.actions.map((action) => redactRecord('action', action, hidden)),
      })),
    })),
  };
}

/** The dashboard without hidden fields (its action lines carry blockers, its recent changes old and new values). */
export function redactDashboard(dashboard: Dashboard, hidden: readonly InternalField[]): Dashboard {
  if (hidden.length === 0) return dashboard;
  return {
    ...dashboard,
    late: dashboard.late.map((a) => redactRecord('action', a, hidden)),
    blocked: dashboard.blocked.map((a) => redactRecord('action', a, hidden)),
    recentChanges: redactHistory(dashboard.recentChanges, hidden),
  };
}
