import { badRequest } from '../http/graph-error.js';
import type { Literal } from './filter-ast.js';

/** How a property compares: text without regard to case (SharePoint collation), numbers, instants, booleans. */
export type ValueKind = 'text' | 'number' | 'dateTime' | 'boolean';
export type Scalar = string | number | boolean;

/** A property a filter or $orderby can read from a record. */
export interface BoundProperty<T> {
  kind: ValueKind;
  read(record: T): Scalar | undefined;
}

/** Turns a literal into a value comparable with a property of the given kind, or answers 400. */
export function coerceLiteral(kind: ValueKind, literal: Literal, path: string): Scalar | null {
  if (literal.type === 'null') return null;
  const mismatch = (): Error => badRequest(`Invalid filter clause: the value does not match the type of '${path}'.`);
  switch (kind) {
    case 'text':
      if (literal.type !== 'string') throw mismatch();
      return literal.value;
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && literal.value.trim() !== '' && Number.isFinite(Number(literal.value))) return Number(literal.value);
      throw mismatch();
    case 'boolean':
      if (literal.type === 'boolean') return literal.value;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value === 1;
      throw mismatch();
    case 'dateTime': {
      const text = literal.type === 'datetime' || literal.type === 'string' ? literal.value : undefined;
      const time = text === undefined ? NaN : Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
      if (Number.isNaN(time)) throw mismatch();
      return time;
    }
  }
}

/** A property value in comparable form (dates become epoch milliseconds). */
export function comparable(kind: ValueKind, value: Scalar | undefined): Scalar | undefined {
  if (value === undefined) return undefined;
  if (kind === 'dateTime' && typeof value === 'string') return Date.parse(value);
  return value;
}

/** Total order used by filters and $orderby; empty values sort first. */
export function compareScalars(kind: ValueKind, a: Scalar | undefined, b: Scalar | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (kind === 'text') return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
