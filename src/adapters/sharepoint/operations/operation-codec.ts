import type { Stored } from '../../../domain/entities/index.js';
import { ValidationError } from '../../../domain/errors.js';
import { checkedOperation, OPERATION_SCHEMAS } from '../../../ports/operation-records.js';
import { OPERATION_INDEXES, type OperationKind, type OperationMap } from '../../../ports/operations.port.js';
import { versionOf, type GraphListItem } from '../replica/graph-item.js';
import { textOf, type Fields, type ItemStamp } from '../schema/field-mapping.js';
import type { Decoded } from '../store/record-codec.js';
import { indexKey } from './operation-codec-keys.js';
import { derivedFields } from './operation-partitions.js';
import { indexColumnName, OPERATION_LISTS, RECORD_CHUNK, RECORD_COLUMNS, type IndexField } from './operation-lists.js';

const TITLE_MAX = 255;

/** The JSON of a record cut into column-sized pieces, never between the two halves of a surrogate pair. */
function chunksOf(json: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(json.length, start + RECORD_CHUNK);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The keys a schema's objects take (of every option of a union). */
/** The record as its schema reads it (see checkedOperation). */
export const checkedRecord = checkedOperation;

/** The fields of an item holding `record`; on update, absent values are sent as null so that SharePoint clears them. */
export function operationFields<K extends OperationKind>(kind: K, record: OperationMap[K], stamp: ItemStamp, mode: 'create' | 'update'): Fields {
  const values = record as unknown as Record<string, unknown>;
  const chunks = chunksOf(JSON.stringify(record));
  if (chunks.length > RECORD_COLUMNS.length) {
    const limit = RECORD_COLUMNS.length * RECORD_CHUNK;
    throw new ValidationError([
      {
        path: '',
        code: 'too_large',
        message: {
          fr: `L’enregistrement est trop volumineux pour SharePoint (plus de ${limit} caractères).`,
          en: `The record is too large for SharePoint (over ${limit} characters).`,
        },
      },
    ]);
  }
  const title = (OPERATION_LISTS[kind].title?.(values) ?? record.id).replace(/[\r\n]+/g, ' ').slice(0, TITLE_MAX);
  const fields: Fields = { Title: title, CapId: record.id };
  RECORD_COLUMNS.forEach((name, i) => {
    if (chunks[i] !== undefined || mode === 'update') fields[name] = chunks[i] ?? null;
  });
  for (const field of OPERATION_INDEXES[kind] as readonly IndexField[]) {
    const value = values[field] === undefined || values[field] === null ? '' : textOf(values[field]);
    if (value !== '' || mode === 'update') fields[indexColumnName(field)] = value === '' ? null : indexKey(value);
  }
  // Lanes and due instants are written with the record, so a list never holds an item its lane reads would miss.
  for (const [name, value] of Object.entries(derivedFields(kind, record))) if (value !== null || mode === 'update') fields[name] = value;
  if (stamp.createdAt !== undefined) fields.CapCreatedAt = stamp.createdAt;
  if (stamp.updatedAt !== undefined) fields.CapUpdatedAt = stamp.updatedAt;
  if (stamp.writeToken !== undefined) fields.CapWrite = stamp.writeToken;
  return fields;
}

const present = (value: unknown): value is string | number => (typeof value === 'string' && value !== '') || typeof value === 'number';

/** Reads a record from an item, checked by its schema; the reason when it cannot be used. */
export function decodeOperation<K extends OperationKind>(kind: K, item: GraphListItem): Decoded<Stored<OperationMap[K]>> {
  const fields = item.fields;
  if (!fields || !present(fields.CapId)) return { ok: false, reason: 'no Cap Mandat id' };
  let json: unknown;
  try {
    json = JSON.parse(RECORD_COLUMNS.map((name) => (present(fields[name]) ? textOf(fields[name]) : '')).join(''));
  } catch {
    return { ok: false, reason: 'the record is not JSON' };
  }
  const parsed = OPERATION_SCHEMAS[kind].safeParse(json);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  if (parsed.data.id !== textOf(fields.CapId)) return { ok: false, reason: `the record's id differs from CapId ${textOf(fields.CapId)}` };
  const meta = {
    version: versionOf(item.eTag),
    createdAt: present(fields.CapCreatedAt) ? textOf(fields.CapCreatedAt) : (item.createdDateTime ?? ''),
    updatedAt: present(fields.CapUpdatedAt) ? textOf(fields.CapUpdatedAt) : (item.lastModifiedDateTime ?? ''),
  };
  // A record's own field wins over the store's metadata of the same name (a proposal's createdAt is the proposal's).
  return { ok: true, record: { ...meta, ...parsed.data } };
}
