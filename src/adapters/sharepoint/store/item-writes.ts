import type { ChangeContext, EntityKind, FieldChange, HistoryEntry } from '../../../domain/entities/index.js';
import { duplicateIdError } from '../../../domain/errors.js';
import type { BatchStep, StepAnswer } from '../graph/batch.js';
import { eq, filterParam } from '../graph/odata-filter.js';
import type { GraphListItem, GraphPage } from '../replica/graph-item.js';
import type { ListKey } from '../schema/column-types.js';
import { toFields, type Fields } from '../schema/field-mapping.js';
import { HISTORY_LIST } from '../schema/list-schema.js';
import { storeErrorOf } from '../store-errors.js';
import { expandFields, itemPath, itemsPath, type StoreContext } from './store-context.js';

/** A history entry about to be written, with its idempotency key. */
export interface PendingHistory {
  key: string;
  fields: Fields;
}

/** The history item of one change; its key is fixed before the first attempt, so a replay cannot duplicate it. */
export function historyFor(
  c: StoreContext,
  kind: EntityKind,
  entityId: string,
  operation: HistoryEntry['operation'],
  ctx: ChangeContext,
  changes: FieldChange[],
): PendingHistory {
  const key = c.newToken();
  const entry = {
    id: key,
    entityType: kind,
    entityId,
    operation,
    at: ctx.at,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    source: ctx.source,
    changes: JSON.stringify(changes),
  };
  return { key, fields: toFields(HISTORY_LIST, entry, {}, 'create') };
}

/** The `$batch` step that writes a history entry, after step `after` when given. */
export const historyStep = (c: StoreContext, id: string, history: PendingHistory, after?: string): BatchStep => ({
  id,
  method: 'POST',
  url: itemsPath(c, 'history'),
  body: { fields: history.fields },
  ...(after === undefined ? {} : { dependsOn: [after] }),
});

/** Reads one item; undefined when it is gone. */
export async function readItem(c: StoreContext, key: ListKey, itemId: string): Promise<GraphListItem | undefined> {
  const answer = await c.transport.call<GraphListItem>({ method: 'GET', path: itemPath(c, key, itemId) });
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw storeErrorOf(`read item ${itemId} of ${key}`, answer.status, answer.body);
  return answer.body;
}

/** Finds the item holding our id `capId` (an indexed, unique column), asking Graph rather than the replica. */
export async function findByKey(c: StoreContext, key: ListKey, capId: string): Promise<GraphListItem | undefined> {
  const answer = await c.transport.call<GraphPage>({
    method: 'GET',
    path: `${itemsPath(c, key)}?${expandFields(key)}&${filterParam(eq('CapId', capId))}`,
  });
  if (answer.status !== 200) throw storeErrorOf(`find ${capId} in ${key}`, answer.status, answer.body);
  return answer.body.value?.[0];
}

/** Keeps a written history entry in the history replica. */
function keepHistory(c: StoreContext, item: GraphListItem): void {
  c.history.upsert(item);
}

/**
 * Makes sure a history entry exists after its record write went through: the batch answer when it succeeded, else
 * one more write, where "duplicate key" means an earlier attempt had written it.
 */
export async function settleHistory(c: StoreContext, history: PendingHistory, answer: StepAnswer | undefined): Promise<void> {
  if (answer && answer.status === 201) return keepHistory(c, answer.body as GraphListItem);
  const write = await c.transport.call<GraphListItem>({
    method: 'POST',
    path: itemsPath(c, 'history'),
    body: { fields: history.fields },
    idempotent: true,
  });
  if (write.status === 201) return keepHistory(c, write.body);
  const existing = await findByKey(c, 'history', history.key);
  if (existing) return keepHistory(c, existing);
  throw storeErrorOf('write history', write.status, write.body, write.headers.get('Retry-After'));
}

/**
 * A create that did not answer 201 may still have happened (answer lost, replayed after a 503): the item with our id
 * tells. Ours (same write token) is a success; someone else's is a duplicate id; none is the original failure.
 */
export async function settleCreate(
  c: StoreContext,
  kind: ListKey,
  recordId: string,
  token: string,
  answer: StepAnswer | undefined,
): Promise<GraphListItem> {
  if (answer?.status === 201) return answer.body as GraphListItem;
  const existing = await findByKey(c, kind, recordId);
  if (existing && existing.fields?.CapWrite === token) return existing;
  if (existing) throw duplicateIdError(kind, recordId);
  throw storeErrorOf(`create ${kind} ${recordId}`, answer?.status ?? 503, answer?.body, answer?.headers['retry-after']);
}
