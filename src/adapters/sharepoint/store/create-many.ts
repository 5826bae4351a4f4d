import type { ChangeContext, EntityKind, EntityMap } from '../../../domain/entities/index.js';
import { diffRecords } from '../../../domain/history-diff.js';
import { chunkSteps, MAX_BATCH, runBatch, type BatchStep, type StepAnswer } from '../graph/batch.js';
import { ifMatchOf, versionOf, type GraphListItem } from '../replica/graph-item.js';
import { toFields } from '../schema/field-mapping.js';
import { ENTITY_LISTS } from '../schema/list-schema.js';
import { StoreUnavailableError } from '../store-errors.js';
import { findByKey, historyFor, historyStep, settleCreate, settleHistory, type PendingHistory } from './item-writes.js';
import { itemsPath, type StoreContext } from './store-context.js';

interface Plan {
  recordId: string;
  token: string;
  history: PendingHistory;
  create: BatchStep;
}

/** What the groups of one bulk create share: what was written (to roll back) and the first failure. */
interface RunState {
  created: { item: GraphListItem; history: PendingHistory }[];
  failure: unknown;
}

/** Runs `work` over `items` with at most `limit` at once, in order of start. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(runners);
  return results;
}

function planCreate(c: StoreContext, kind: EntityKind, record: EntityMap[EntityKind], ctx: ChangeContext, n: number): Plan {
  const token = c.newToken();
  const history = historyFor(c, kind, record.id, 'create', ctx, diffRecords(undefined, record));
  const fields = toFields(ENTITY_LISTS[kind], record, { createdAt: ctx.at, updatedAt: ctx.at, writeToken: token }, 'create');
  return { recordId: record.id, token, history, create: { id: `c${n}`, method: 'POST', url: itemsPath(c, kind), body: { fields } } };
}

/** The record each create step wrote, settled one by one; the first failure is kept in `state` and stops the rest. */
async function settleCreates(
  c: StoreContext,
  kind: EntityKind,
  plans: readonly Plan[],
  answers: Map<string, StepAnswer> | undefined,
  state: RunState,
): Promise<{ plan: Plan; item: GraphListItem }[]> {
  const written: { plan: Plan; item: GraphListItem }[] = [];
  for (const plan of plans) {
    try {
      // Without answers (the batch itself failed), only the list can tell whether the item was written.
      const item = answers
        ? await settleCreate(c, kind, plan.recordId, plan.token, answers.get(plan.create.id))
        : await findByKey(c, kind, plan.recordId).then((found) => {
            if (found?.fields?.CapWrite === plan.token) return found;
            throw state.failure;
          });
      written.push({ plan, item });
      state.created.push({ item, history: plan.history });
    } catch (error) {
      state.failure ??= error;
    }
  }
  return written;
}

/**
 * One group of at most 20 records in two `$batch` round trips: the creates, then the history entries of those that
 * were written. Graph refuses a batch holding several create → history chains (dependencies must be parallel,
 * serial or all on one request), and both batches here are parallel, so a resent remainder stays parallel too.
 */
async function createGroup(c: StoreContext, kind: EntityKind, plans: readonly Plan[], state: RunState): Promise<void> {
  const send = (steps: BatchStep[]) =>
    runBatch(c.transport, steps, c.policy, c.env).catch((error: unknown) => {
      state.failure ??= error;
      return undefined;
    });
  const written = await settleCreates(c, kind, plans, await send(plans.map((p) => p.create)), state);
  if (written.length === 0) return;
  const steps = written.map(({ plan }) => historyStep(c, `h${plan.create.id.slice(1)}`, plan.history));
  const answers = await runBatch(c.transport, steps, c.policy, c.env).catch(() => undefined);
  for (const { plan } of written) {
    try {
      // Without an answer, settleHistory writes the entry on its own (a duplicate key then means it was written).
      await settleHistory(c, plan.history, answers?.get(`h${plan.create.id.slice(1)}`));
    } catch (error) {
      state.failure ??= error;
    }
  }
}

/** Deletes what a failed bulk create had written, record and history alike; answers what could not be undone. */
async function rollback(c: StoreContext, kind: EntityKind, created: readonly { item: GraphListItem; history: PendingHistory }[]): Promise<string[]> {
  const steps = created.flatMap(({ item, history }, n): BatchStep[] => [
    { id: `r${n}`, method: 'DELETE', url: `${itemsPath(c, kind)}/${item.id}`, headers: { 'If-Match': ifMatchOf(versionOf(item.eTag)) } },
    { id: `x${n}`, method: 'DELETE', url: `${itemsPath(c, 'history')}/${c.history.get(history.key)?.itemId ?? ''}` },
  ]);
  const failed: string[] = [];
  for (const chunk of chunkSteps(steps.filter((s) => !s.url.endsWith('/')).map((s) => [s]))) {
    const answers = await runBatch(c.transport, chunk, c.policy, c.env);
    for (const step of chunk) if (![204, 200, 404].includes(answers.get(step.id)?.status ?? 0)) failed.push(step.url);
  }
  for (const { history } of created) {
    const entry = c.history.get(history.key);
    if (entry) c.history.remove(entry.itemId);
  }
  return failed;
}

/**
 * Creates many records, twenty per pair of `$batch` round trips (records, then their history), a few pairs at a
 * time. SharePoint has no
 * transaction: when one create fails for good, the ones already written are deleted again before the error is thrown.
 */
export async function createManyRecords(
  c: StoreContext,
  kind: EntityKind,
  records: readonly EntityMap[EntityKind][],
  ctx: ChangeContext,
): Promise<GraphListItem[]> {
  const plans = records.map((record, n) => planCreate(c, kind, record, ctx, n));
  const groups = Array.from({ length: Math.ceil(plans.length / MAX_BATCH) }, (_, g) => plans.slice(g * MAX_BATCH, (g + 1) * MAX_BATCH));
  const state: RunState = { created: [], failure: undefined };
  await mapLimit(groups, c.writeConcurrency, async (group) => {
    if (state.failure === undefined) await createGroup(c, kind, group, state);
  });
  if (state.failure === undefined) {
    const byId = new Map(state.created.map((x) => [String(x.item.fields?.CapId), x.item]));
    return plans.map((p) => byId.get(p.recordId)!);
  }
  const leftovers = await rollback(c, kind, state.created);
  const error = state.failure instanceof Error ? state.failure : new StoreUnavailableError(`bulk create of ${kind} failed`);
  if (leftovers.length) throw new StoreUnavailableError(`bulk create failed (${error.message}) and ${leftovers.length} writes could not be undone`);
  throw error;
}
