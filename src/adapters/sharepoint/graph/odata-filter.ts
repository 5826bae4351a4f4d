/** A `$filter` expression on list item fields, built from parts so that values are always quoted and escaped. */
export type Filter = string & { readonly __filter: unique symbol };

const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*$/;

function column(name: string): string {
  // Column names come from our schema, never from users; refuse anything else rather than build odd OData.
  if (!COLUMN.test(name)) throw new Error(`not a column name: ${name}`);
  return `fields/${name}`;
}

/** An OData string literal: single quotes doubled, as OData requires. */
export function literal(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

type Comparison = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

/** `fields/<name> <op> <value>`. */
export function compare(name: string, op: Comparison, value: string | number): Filter {
  return `${column(name)} ${op} ${literal(value)}` as Filter;
}

/** `fields/<name> eq <value>`. */
export const eq = (name: string, value: string | number): Filter => compare(name, 'eq', value);

/** `startswith(fields/<name>, <value>)`. */
export function startsWith(name: string, prefix: string): Filter {
  return `startswith(${column(name)}, ${literal(prefix)})` as Filter;
}

/** Parts joined with `and` (an `or` part comes parenthesised from or()). */
export function and(...parts: Filter[]): Filter {
  return parts.join(' and ') as Filter;
}

/** Parts joined with `or`, parenthesised; an empty list matches nothing, so it is refused. */
export function or(...parts: Filter[]): Filter {
  if (parts.length === 0) throw new Error('or() of nothing');
  return (parts.length === 1 ? parts[0] : `(${parts.join(' or ')})`) as Filter;
}

/** `value in values`, written as a chain of `eq` joined by `or` (SharePoint does not take `in`). */
export const oneOf = (name: string, values: readonly string[]): Filter => or(...values.map((v) => eq(name, v)));

/** The query-string form of a filter: percent-encoded, so quotes, `&`, `#` and `+` in values survive. */
export function filterParam(filter: Filter): string {
  return `$filter=${encodeURIComponent(filter)}`;
}
