import { OPERATION_INDEXES, type OperationKind, type OperationQuery } from '../../../ports/operations.port.js';
import { and, eq, filterParam, type Filter } from '../graph/odata-filter.js';
import { runBatch, type BatchStep } from '../graph/batch.js';
import type { GraphListItem, GraphPage } from '../replica/graph-item.js';
import { textOf } from '../schema/field-mapping.js';
import { storeErrorOf } from '../store-errors.js';
import { expandFields, itemsPath, type StoreContext } from '../store/store-context.js';
import { indexKey } from './operation-codec-keys.js';
import { indexColumnName, type IndexField } from './operation-lists.js';
import { ALL_LANES, isLaned, laneColumnName, laneKey } from './operation-partitions.js';

/** The given fields of a query, checked against the kind's indexes (a query on anything else is a programming error). */
export function queryEntries<K extends OperationKind>(kind: K, query: OperationQuery<K> = {}): [IndexField, string][] {
  const indexed: readonly string[] = OPERATION_INDEXES[kind];
  const entries = Object.entries(query as Record<string, string | undefined>).filter((e): e is [string, string] => e[1] !== undefined);
  for (const [field] of entries) if (!indexed.includes(field)) throw new Error(`${kind} cannot be found by ${field}`);
  return entries as [IndexField, string][];
}

/** The items of a first page and of every page after it (its `@odata.nextLink`), in item-id (creation) order. */
export async function readPages(
  c: StoreContext,
  kind: OperationKind,
  first: GraphPage,
  more: (items: readonly GraphListItem[]) => boolean = () => true,
): Promise<GraphListItem[]> {
  const items: GraphListItem[] = [...(first.value ?? [])];
  let link = more(items) ? first['@odata.nextLink'] : undefined;
  while (link) {
    const answer: { status: number; body: GraphPage } = await c.transport.call<GraphPage>({ method: 'GET', path: link });
    if (answer.status !== 200) throw storeErrorOf(`read ${kind} items`, answer.status, answer.body);
    items.push(...(answer.body.value ?? []));
    link = more(items) ? answer.body['@odata.nextLink'] : undefined;
  }
  return items.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The query of a list's items: every field we keep, and the filter and other options given. */
export const itemsQuery = (c: StoreContext, kind: OperationKind, filter?: Filter, extra = ''): string =>
  `${itemsPath(c, kind)}?${expandFields(kind)}${filter ? `&${filterParam(filter)}` : ''}${extra}`;

/** Every item of the list matching `filter` (all items without one), following pages, in item-id (creation) order. */
async function readAll(c: StoreContext, kind: OperationKind, filter: Filter | undefined): Promise<GraphListItem[]> {
  return readPages(c, kind, { value: [], '@odata.nextLink': itemsQuery(c, kind, filter) });
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
  const sorted = entries.filter(([, value]) => value !== '').sort(([a], [b]) => NARROWNESS[a] - NARROWNESS[b]);
  const parts = sorted.map(([field, value]) => eq(indexColumnName(field), indexKey(value)));
  const leading = sorted[0];
  // A field that grows past the threshold narrows lane by lane: its lane column first, the other clauses after it.
  if (leading && isLaned(kind, leading[0])) {
    const [field, value] = leading;
    return readLanes(c, kind, (lane) => and(eq(laneColumnName(field), laneKey(value, lane)), ...parts.slice(1)));
  }
  return readAll(c, kind, parts.length ? and(...parts) : undefined);
}

/** The first page of each query, all in one `$batch` (at most 20: the lanes are 16). */
export async function firstPages(c: StoreContext, kind: OperationKind, urls: readonly string[]): Promise<GraphPage[]> {
  const steps: BatchStep[] = urls.map((url, i) => ({ id: String(i), method: 'GET', url }));
  const answers = await runBatch(c.transport, steps, c.policy, c.env);
  return steps.map((step) => {
    const answer = answers.get(step.id);
    if (answer?.status !== 200) throw storeErrorOf(`read ${kind} items`, answer?.status ?? 503, answer?.body, answer?.headers['retry-after']);
    return answer.body as GraphPage;
  });
}

/** Items a page of a lane answers: a 20,000-message campaign (1,250 a lane) is 32 GETs, not the 100 of 200-item pages. */
const LANE_PAGE = 1000;

/** Every item of every lane (`filterOf(lane)` narrows to one), merged in item-id (creation) order. */
async function readLanes(c: StoreContext, kind: OperationKind, filterOf: (lane: number) => Filter): Promise<GraphListItem[]> {
  const pages = await firstPages(c, kind, ALL_LANES.map((lane) => itemsQuery(c, kind, filterOf(lane), `&$top=${LANE_PAGE}`)));
  const lanes = await Promise.all(pages.map((page) => readPages(c, kind, page)));
  return lanes.flat().sort((a, b) => Number(a.id) - Number(b.id));
}
