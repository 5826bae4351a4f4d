import {
  ENTITY_SCHEMAS,
  type EntityKind,
  type EntityMap,
  type FieldChange,
  type HistoryEntry,
  type Stored,
} from '../../../domain/entities/index.js';
import { fromFields, textOf } from '../schema/field-mapping.js';
import { ENTITY_LISTS, HISTORY_LIST } from '../schema/list-schema.js';
import { versionOf, type GraphListItem } from '../replica/graph-item.js';
import type { ItemDecoder } from '../replica/list-replica.js';

/** A record read from an item, or the reason it cannot be used. */
export type Decoded<T> = { ok: true; record: T } | { ok: false; reason: string };

/** Reads a record of `kind` from a list item, validated by the entity schema (people may edit the list by hand). */
export function decodeRecord<K extends EntityKind>(kind: K, item: GraphListItem): Decoded<Stored<EntityMap[K]>> {
  const read = item.fields ? fromFields(ENTITY_LISTS[kind], item.fields) : undefined;
  if (!read) return { ok: false, reason: 'no Cap Mandat id' };
  const parsed = ENTITY_SCHEMAS[kind].safeParse(read.values);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const meta = {
    version: versionOf(item.eTag),
    createdAt: read.createdAt ?? item.createdDateTime ?? '',
    updatedAt: read.updatedAt ?? item.lastModifiedDateTime ?? '',
  };
  return { ok: true, record: Object.assign(parsed.data, meta) };
}

/** The replica decoder of an entity list. */
export function recordDecoder<K extends EntityKind>(kind: K): ItemDecoder<Stored<EntityMap[K]>> {
  return (item) => {
    const decoded = decodeRecord(kind, item);
    return decoded.ok ? { key: decoded.record.id, value: decoded.record } : undefined;
  };
}

const OPERATIONS = new Set<HistoryEntry['operation']>(['create', 'update', 'delete']);

/** Reads a history entry from an item of the history list. */
export function decodeHistory(item: GraphListItem): { key: string; value: HistoryEntry & { itemId: number } } | undefined {
  const read = item.fields ? fromFields(HISTORY_LIST, item.fields) : undefined;
  const v = read?.values;
  if (!v || !OPERATIONS.has(v.operation as HistoryEntry['operation'])) return undefined;
  let changes: FieldChange[] = [];
  try {
    changes = JSON.parse(textOf(v.changes ?? '[]')) as FieldChange[];
  } catch {
    changes = [];
  }
  return {
    key: textOf(v.id),
    value: {
      id: textOf(v.id),
      entityType: textOf(v.entityType),
      entityId: textOf(v.entityId),
      operation: v.operation as HistoryEntry['operation'],
      at: textOf(v.at),
      actor: { id: textOf(v.actorId), name: textOf(v.actorName) },
      source: v.source as HistoryEntry['source'],
      changes,
      itemId: Number(item.id),
    },
  };
}
