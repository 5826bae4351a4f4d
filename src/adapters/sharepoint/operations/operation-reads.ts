import { OPERATION_INDEXES, type OperationKind, type OperationQuery } from '../../../ports/operations.port.js';
import { and, eq, filterParam, type Filter } from '../graph/odata-filter.js';
import type { GraphListItem, GraphPage } from '../replica/graph-item.js';
import { textOf } from '../schema/field-mapping.js';
import { storeErrorOf } from '../store-errors.js';
import { expandFields, itemsPath, type StoreContext } from '../store/store-context.js';
import { indexKey } from './operation-codec.js';
import { indexColumnName, type IndexField } from './operation-lists.js';

/** The given fields of a query, checked against the kind's indexes (a query on anything else is a programming error). */
export function queryEntries<K extends OperationKind>(kind: K, query: OperationQuery<K> = {}): [IndexField, string][] {
  const indexed: readonly string[] = OPERATION_INDEXES[kind];
  const entries = Object.entries(query as Record<string, string | undefined>).filter((e): e is [string, string] => e[1] !== undefined);
  for (const [field] of entries) if (!indexed.includes(field)) throw new Error(`${kind} cannot be found by ${field}`);
  return entries as [IndexField, string][];
}

/** Every item of the list matching `filter` (all items without one), following pages, in item-id (creation) order. */
async function readAll(c: StoreContext, kind: OperationKind, filter: Filter | undefined): Promise<GraphListItem[]> {
  const items: GraphListItem[] = [];
  let link: string | undefined = `${itemsPath(c, kind)}?${expandFields(kind)}${filter ? `&${filterParam(filter)}` : ''}`;
  while (link) {
    const answer: { status: number; body: GraphPage } = await c.transport.call<GraphPage>({ method: 'GET', path: link });
    if (answer.status !== 200) throw storeErrorOf(`read ${kind} items`, answer.status, answer.body);
    items.push(...(answer.body.value ?? []));
    link = answer.body['@odata.nextLink'];
  }
  return items.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The item holding record `id`, asked of Graph (the indexed, unique CapId); Graph matches without case, we do not. */
export async function lookupItem(c: StoreContext, kind: OperationKind, id: string): Promise<GraphListItem | undefined> {
  const items = await readAll(c, kind, eq('CapId', id));
  return items.find((item) => textOf(item.fields?.CapId) === id);
}

/**
 * Index fields from the one that narrows most (a record id: a handful of items) to the least (a state or a scope:
 * thousands once a list has grown). SharePoint narrows with the first clause of a filter and refuses the query when
 * that clause alone matches more than the list view threshold (5,000 items), whatever the clauses after it.
 */
const NARROWNESS: { readonly [F in IndexField]: number } = {
  deliveryId: 0,
  responseId: 0,
  snapshotId: 0,
  aadObjectId: 0,
  personId: 1,
  teamId: 1,
  actorId: 1,
  campaignId: 2,
  state: 3,
  scope: 3,
  action: 3,
};

/**
 * The items that may match a query: Graph filters on the indexed copies (empty values only on the record, as
 * SharePoint keeps no empty text), the narrowest clause first. The caller checks each record again, exactly.
 */
export function queryItems(c: StoreContext, kind: OperationKind, entries: readonly [IndexField, string][]): Promise<GraphListItem[]> {
  const parts = entries
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => NARROWNESS[a] - NARROWNESS[b])
    .map(([field, value]) => eq(indexColumnName(field), indexKey(value)));
  return readAll(c, kind, parts.length ? and(...parts) : undefined);
}
