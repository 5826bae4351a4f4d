import type { ChangeContext, EntityKind, EntityMap } from '../../../domain/entities/index.js';
import { diffRecords } from '../../../domain/history-diff.js';
import { chunkSteps, runBatch, type BatchStep } from '../graph/batch.js';
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
  steps: BatchStep[];
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
  const steps: BatchStep[] = [
    { id: `c${n}`, method: 'POST', url: itemsPath(c, kind), body: { fields } },
    historyStep(c, `h${n}`, history, `c${n}`),
  ];
  return { recordId: record.id, token, history, steps };
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
 * Creates many records, ten per `$batch` (each with its history entry), a few batches at a time. SharePoint has no
 * transaction: when one create fails for good, the ones already written are deleted again before the error is thrown.
 */
export async function createManyRecords(
  c: StoreContext,
  kind: EntityKind,
  records: readonly EntityMap[EntityKind][],
  ctx: ChangeContext,
): Promise<GraphListItem[]> {
  const plans = records.map((record, n) => planCreate(c, kind, record, ctx, n));
  const batches = chunkSteps(plans.map((p) => p.steps));
  const planOf = new Map(plans.map((p, n) => [`c${n}`, p]));
  const created: { item: GraphListItem; history: PendingHistory }[] = [];
  let failure: unknown;
  await mapLimit(batches, c.writeConcurrency, async (batch) => {
    if (failure !== undefined) return;
    const answers = await runBatch(c.transport, batch, c.policy, c.env).catch((error: unknown) => {
      failure ??= error;
      return undefined;
    });
    for (const step of batch.filter((s) => s.id.startsWith('c'))) {
      const plan = planOf.get(step.id)!;
      try {
        // Without answers (the batch itself failed), only the list can tell whether the item was written.
        const item = answers
          ? await settleCreate(c, kind, plan.recordId, plan.token, answers.get(step.id))
          : await findByKey(c, kind, plan.recordId).then((found) => {
              if (found?.fields?.CapWrite === plan.token) return found;
              throw failure;
            });
        created.push({ item, history: plan.history });
        await settleHistory(c, plan.history, answers?.get(`h${step.id.slice(1)}`));
      } catch (error) {
        failure ??= error;
      }
    }
  });
  if (failure === undefined) {
    const byId = new Map(created.map((x) => [String(x.item.fields?.CapId), x.item]));
    return plans.map((p) => byId.get(p.recordId)!);
  }
  const leftovers = await rollback(c, kind, created);
  const error = failure instanceof Error ? failure : new StoreUnavailableError(`bulk create of ${kind} failed`);
  if (leftovers.length) throw new StoreUnavailableError(`bulk create failed (${error.message}) and ${leftovers.length} writes could not be undone`);
  throw error;
}
