import type { OperationKind, OperationMap } from '../../../ports/operations.port.js';
import { MAX_BATCH, runBatch, type BatchStep } from '../graph/batch.js';
import { ifMatchOf, versionOf, type GraphListItem } from '../replica/graph-item.js';
import { StoreUnavailableError } from '../store-errors.js';
import { mapLimit } from '../store/create-many.js';
import { findByKey, settleCreate } from '../store/item-writes.js';
import { itemsPath, type StoreContext } from '../store/store-context.js';
import { operationFields } from './operation-codec.js';

/** Characters of request bodies in one `$batch`: records can be large (snapshot parts, long responses). */
const BATCH_CHARS = 2_000_000;

interface Plan {
  recordId: string;
  token: string;
  step: BatchStep;
}

/** Batches of at most 20 steps and about BATCH_CHARS of bodies (a single larger step goes alone). */
export function chunkBySize(steps: readonly BatchStep[], maxChars = BATCH_CHARS): BatchStep[][] {
  const chunks: BatchStep[][] = [];
  let current: BatchStep[] = [];
  let size = 0;
  for (const step of steps) {
    const length = JSON.stringify(step.body ?? null).length;
    if (current.length > 0 && (current.length >= MAX_BATCH || size + length > maxChars)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Deletes what a failed bulk create had written; answers the writes that could not be undone. */
async function rollback(c: StoreContext, kind: OperationKind, created: readonly GraphListItem[]): Promise<number> {
  const steps = created.map((item, n): BatchStep => ({
    id: `r${n}`,
    method: 'DELETE',
    url: `${itemsPath(c, kind)}/${encodeURIComponent(item.id)}`,
    headers: { 'If-Match': ifMatchOf(versionOf(item.eTag)) },
  }));
  let failed = 0;
  for (const chunk of chunkBySize(steps)) {
    const answers = await runBatch(c.transport, chunk, c.policy, c.env);
    for (const step of chunk) if (![200, 204, 404].includes(answers.get(step.id)?.status ?? 0)) failed += 1;
  }
  return failed;
}

/**
 * Creates checked records in `$batch` round trips, a few at a time. SharePoint has no transaction: when one create
 * fails for good (a duplicate id among them), the ones already written are deleted again before the error is thrown.
 */
export async function createOperationItems<K extends OperationKind>(
  c: StoreContext,
  kind: K,
  records: readonly OperationMap[K][],
  at: string,
): Promise<GraphListItem[]> {
  const plans = records.map((record, n): Plan => {
    const token = c.newToken();
    const fields = operationFields(kind, record, { createdAt: at, updatedAt: at, writeToken: token }, 'create');
    return { recordId: record.id, token, step: { id: `c${n}`, method: 'POST', url: itemsPath(c, kind), body: { fields } } };
  });
  const planOf = new Map(plans.map((p) => [p.step.id, p]));
  const created: GraphListItem[] = [];
  let failure: unknown;
  await mapLimit(chunkBySize(plans.map((p) => p.step)), c.writeConcurrency, async (batch) => {
    if (failure !== undefined) return;
    const answers = await runBatch(c.transport, batch, c.policy, c.env).catch((error: unknown) => {
      failure ??= error;
      return undefined;
    });
    for (const step of batch) {
      const plan = planOf.get(step.id)!;
      try {
        // Without answers (the batch itself failed), only the list can tell whether the item was written.
        const item = answers
          ? await settleCreate(c, kind, plan.recordId, plan.token, answers.get(step.id))
          : await findByKey(c, kind, plan.recordId).then((found) => {
              if (found?.fields?.CapWrite === plan.token) return found;
              throw failure;
            });
        created.push(item);
      } catch (error) {
        failure ??= error;
      }
    }
  });
  if (failure === undefined) return created;
  const leftovers = await rollback(c, kind, created);
  const error = failure instanceof Error ? failure : new StoreUnavailableError(`bulk create of ${kind} failed`);
  if (leftovers) throw new StoreUnavailableError(`bulk create of ${kind} failed (${error.message}) and ${leftovers} writes could not be undone`);
  throw error;
}
