import type { ColumnDef, ListDef } from './column-types.js';

/** SharePoint fields of one item, as Graph sends and takes them. */
export type Fields = Record<string, unknown>;

/** Our bookkeeping kept beside a record's fields. */
export interface ItemStamp {
  createdAt?: string;
  updatedAt?: string;
  /** Random per write: lets a replayed write recognise that its first attempt went through. */
  writeToken?: string;
}

/** A record's values read back from an item, before validation. */
export interface ReadValues extends ItemStamp {
  values: Record<string, unknown>;
}

const TITLE_MAX = 255;

/** A field value as text: strings as they are, numbers and booleans printed, anything else as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}

/** The `$select` of a list: every column we keep, so reads never carry SharePoint's own dozens of fields. */
export function selectOf(def: ListDef): string {
  const names = new Set(['Title', ...def.columns.map((c) => c.name)]);
  return [...names].join(',');
}

function writeValue(column: ColumnDef, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'choice':
      return column.choices?.[textOf(value)] ?? textOf(value);
    case 'json':
      return JSON.stringify(value);
    case 'number':
    case 'integer':
      return value;
    default:
      return textOf(value);
  }
}

/**
 * The fields to write for `record`. On create, absent values are left out; on update they are sent as null so that
 * a cleared field is cleared in SharePoint too.
 */
export function toFields(def: ListDef, record: object, stamp: ItemStamp, mode: 'create' | 'update'): Fields {
  const values = record as Record<string, unknown>;
  const fields: Fields = {};
  for (const column of def.columns) {
    if (column.field === undefined) continue;
    const value = writeValue(column, values[column.field]);
    if (value !== null || mode === 'update') fields[column.name] = value;
  }
  if (!def.columns.some((c) => c.name === 'Title')) fields.Title = (def.title?.(values) ?? String(values.id)).slice(0, TITLE_MAX);
  if (stamp.createdAt !== undefined) fields.CapCreatedAt = stamp.createdAt;
  if (stamp.updatedAt !== undefined) fields.CapUpdatedAt = stamp.updatedAt;
  if (stamp.writeToken !== undefined) fields.CapWrite = stamp.writeToken;
  return fields;
}

const absent = (value: unknown): boolean => value === undefined || value === null || value === '';

function readValue(column: ColumnDef, value: unknown): unknown {
  switch (column.type) {
    case 'choice': {
      const label = textOf(value);
      // People editing the list pick labels; codes are accepted too, for items written by hand through the API.
      const code = Object.entries(column.choices ?? {}).find(([, l]) => l === label)?.[0];
      return code ?? label;
    }
    case 'json':
      try {
        return JSON.parse(textOf(value)) as unknown;
      } catch {
        return value; // left as text: validation then names the field
      }
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      return textOf(value);
  }
}

/** The record values an item holds, or undefined for an item without our id (made by hand in SharePoint). */
export function fromFields(def: ListDef, fields: Fields): ReadValues | undefined {
  const values: Record<string, unknown> = {};
  for (const column of def.columns) {
    if (column.field === undefined) continue;
    const raw = fields[column.name];
    if (!absent(raw)) values[column.field] = readValue(column, raw);
  }
  if (typeof values.id !== 'string') return undefined;
  const stamp = (name: string): string | undefined => (absent(fields[name]) ? undefined : textOf(fields[name]));
  return { values, createdAt: stamp('CapCreatedAt'), updatedAt: stamp('CapUpdatedAt'), writeToken: stamp('CapWrite') };
}
