import { ENTITY_KINDS, type Action, type ActionStatus, type EntityKind } from '../entities/index.js';
import { effectiveDueDate } from '../rules/lateness.js';
import type { EntityRecords } from './snapshot-content.js';

/** A record named for people: its kind, id and a readable label (title, name or reference). */
export interface RecordRef {
  kind: EntityKind;
  id: string;
  label: string;
}

/** One field's value on each side. */
export interface FieldDiff {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** A record present on both sides whose content changed. */
export interface RecordDiff extends RecordRef {
  fields: FieldDiff[];
}

/** Why an action counts as slipping. */
export type SlipReason = 'due_date_later' | 'progress_down' | 'status_worse';

/** An action that went backwards between the two sides. */
export interface SlippedAction {
  id: string;
  title: string;
  commitmentId: string;
  reasons: SlipReason[];
  from: { status: ActionStatus; progress?: number; dueDate?: string };
  to: { status: ActionStatus; progress?: number; dueDate?: string };
}

/** What differs between two states of the roadmap. */
export interface RecordsDiff {
  counts: Record<EntityKind, { added: number; removed: number; changed: number }>;
  added: RecordRef[];
  removed: RecordRef[];
  changed: RecordDiff[];
  slipped: SlippedAction[];
  /** True when a list was cut at `limit` (the counts stay complete). */
  truncated: boolean;
}

/** Store bookkeeping, not content: a record re-saved unchanged is not a change. */
const META_FIELDS = new Set(['version', 'createdAt', 'updatedAt']);
/** Statuses from worst to best: moving left is slipping (cancelled counts as the worst outcome for the promise). */
const STATUS_RANK: Record<ActionStatus, number> = { cancelled: 0, blocked: 1, planned: 2, in_progress: 3, done: 4 };

/** A label a person recognises. */
export function labelOf(record: object): string {
  const r = record as Record<string, unknown>;
  for (const field of ['title', 'name', 'displayName', 'collectivityName', 'reference', 'date'])
    if (typeof r[field] === 'string') return r[field];
  return String(r.id);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ, in a stable order (bookkeeping left out). */
export function fieldDiffs(from: object, to: object): FieldDiff[] {
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !META_FIELDS.has(f)).sort();
  return fields.filter((f) => !same(a[f], b[f])).map((field) => ({ field, from: a[field], to: b[field] }));
}

/** Why an action slipped from one side to the other (empty when it did not). */
export function slipReasons(from: Action, to: Action): SlipReason[] {
  const reasons: SlipReason[] = [];
  const [dueFrom, dueTo] = [effectiveDueDate(from), effectiveDueDate(to)];
  if (dueFrom !== undefined && dueTo !== undefined && dueTo > dueFrom) reasons.push('due_date_later');
  if (from.progress !== undefined && to.progress !== undefined && to.progress < from.progress) reasons.push('progress_down');
  if (STATUS_RANK[to.status] < STATUS_RANK[from.status]) reasons.push('status_worse');
  return reasons;
}

const brief = (a: Action) => ({ status: a.status, progress: a.progress, dueDate: effectiveDueDate(a) });

/** Compares two states record by record: added, removed, changed fields, and the actions that slipped. */
export function diffRecords(from: EntityRecords, to: EntityRecords, limit = 1000): RecordsDiff {
  const diff: RecordsDiff = { counts: {} as RecordsDiff['counts'], added: [], removed: [], changed: [], slipped: [], truncated: false };
  const push = <T>(list: T[], item: T): void => {
    if (list.length < limit) list.push(item);
    else diff.truncated = true;
  };
  for (const kind of ENTITY_KINDS) {
    const before = new Map<string, object & { id: string }>(from[kind].map((r) => [r.id, r]));
    const after = new Map<string, object & { id: string }>(to[kind].map((r) => [r.id, r]));
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const [id, record] of after) {
      const old = before.get(id);
      if (!old) {
        counts.added += 1;
        push(diff.added, { kind, id, label: labelOf(record) });
        continue;
      }
      const fields = fieldDiffs(old, record);
      if (fields.length === 0) continue;
      counts.changed += 1;
      push(diff.changed, { kind, id, label: labelOf(record), fields });
      if (kind === 'action') {
        const [a, b] = [old as Action, record as Action];
        const reasons = slipReasons(a, b);
        if (reasons.length > 0) push(diff.slipped, { id, title: b.title, commitmentId: b.commitmentId, reasons, from: brief(a), to: brief(b) });
      }
    }
    for (const [id, record] of before)
      if (!after.has(id)) {
        counts.removed += 1;
        push(diff.removed, { kind, id, label: labelOf(record) });
      }
    diff.counts[kind] = counts;
  }
  return diff;
}
