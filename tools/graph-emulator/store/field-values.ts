import { invalidRequest } from '../http/graph-error.js';
import type { ColumnDef, FieldValue } from './column.model.js';

/** Normalised form of a dateTime value, as Graph returns it: 2026-11-27T08:30:00Z. */
export function normaliseDateTime(value: string, format: 'dateOnly' | 'dateTime'): string | undefined {
  const isoLike = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  if (!isoLike.test(value)) return undefined;
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  const iso = parsed.toISOString();
  return format === 'dateOnly' ? `${iso.slice(0, 10)}T00:00:00Z` : `${iso.slice(0, 19)}Z`;
}

const typeError = (column: ColumnDef, expected: string): Error =>
  invalidRequest(`Invalid value for field '${column.name}': ${expected} is expected.`);

/** Checks one written value against its column and returns what SharePoint stores (null clears the field). */
export function normaliseFieldValue(column: ColumnDef, value: unknown): FieldValue | null {
  if (value === null) {
    if (column.required) throw invalidRequest(`Field '${column.name}' is required.`);
    return null;
  }
  const t = column.type;
  switch (t.kind) {
    case 'text': {
      if (typeof value !== 'string') throw typeError(column, 'a string');
      if (value.length > t.maxLength) throw invalidRequest(`The value of field '${column.name}' exceeds the maximum length of ${t.maxLength} characters.`);
      if (!t.allowMultipleLines && /[\r\n]/.test(value)) throw invalidRequest(`Field '${column.name}' is a single line of text: line breaks are not allowed.`);
      if (column.required && value.trim() === '') throw invalidRequest(`Field '${column.name}' is required.`);
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(column, 'a number');
      if ((t.minimum !== undefined && value < t.minimum) || (t.maximum !== undefined && value > t.maximum)) {
        throw invalidRequest(`The value of field '${column.name}' must be between ${t.minimum ?? '-∞'} and ${t.maximum ?? '+∞'}.`);
      }
      return value;
    }
    case 'dateTime': {
      const normalised = typeof value === 'string' ? normaliseDateTime(value, t.format) : undefined;
      if (normalised === undefined) throw typeError(column, 'an ISO 8601 date');
      return normalised;
    }
    case 'choice': {
      if (typeof value !== 'string') throw typeError(column, 'a string');
      if (!t.allowTextEntry && !t.choices.includes(value)) throw invalidRequest(`The value '${value}' is not a valid choice for field '${column.name}'.`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw typeError(column, 'a boolean');
      return value;
    case 'hyperlinkOrPicture':
      throw invalidRequest(`Field '${column.name}' is a hyperlink or picture column: it cannot be written through Microsoft Graph.`);
    case 'system':
      throw invalidRequest(`Field '${column.name}' is read-only.`);
  }
}

/** Turns a column's default value (always a string in Graph) into a typed value. */
function defaultFor(column: ColumnDef): unknown {
  const raw = column.defaultValue;
  if (raw === undefined) return undefined;
  switch (column.type.kind) {
    case 'number': return Number(raw);
    case 'boolean': return raw === '1' || raw.toLowerCase() === 'true';
    default: return raw;
  }
}

/**
 * Validates a fieldValueSet written by a client. Unknown names → "Field 'X' is not recognized" (as Graph says);
 * on create, required columns must end up with a value.
 */
export function validateFieldWrites(columns: ColumnDef[], written: unknown, mode: 'create' | 'update'): Map<string, FieldValue | null> {
  if (typeof written !== 'object' || written === null || Array.isArray(written)) throw invalidRequest('The fields must be a JSON object.');
  const result = new Map<string, FieldValue | null>();
  for (const [name, value] of Object.entries(written as Record<string, unknown>)) {
    const column = columns.find((c) => c.name === name);
    if (!column) throw invalidRequest(`Field '${name}' is not recognized`);
    result.set(name, normaliseFieldValue(column, value));
  }
  if (mode === 'create') {
    for (const column of columns) {
      if (result.has(column.name) || column.type.kind === 'system') continue;
      const fallback = defaultFor(column);
      if (fallback !== undefined) result.set(column.name, normaliseFieldValue(column, fallback));
      else if (column.required) throw invalidRequest(`Field '${column.name}' is required.`);
    }
  }
  return result;
}
