import type { RetryEnvironment } from './retry.middleware.js';
import { backoffMs, parseRetryAfter, type RetryPolicy } from './retry-policy.js';
import { storeErrorOf } from '../store-errors.js';
import type { GraphTransport } from './graph-transport.js';

/** Graph takes at most 20 requests in one `$batch`. */
export const MAX_BATCH = 20;

/** One request inside a `$batch`. */
export interface BatchStep {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/x/lists/y/items`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs after these steps, and is answered 424 if one of them failed. */
  dependsOn?: string[];
}

/** The final answer to one step; `attempts` > 1 when it was sent again after a throttled answer. */
export interface StepAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  attempts: number;
}

interface BatchResponseBody {
  responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

const THROTTLED = new Set([429, 503, 504]);

const lowerKeys = (headers: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

/** Steps whose answer says "not done, send again": throttled ones, and those refused because a throttled one failed. */
function toResend(steps: readonly BatchStep[], answers: Map<string, StepAnswer>, sent: Set<string>): Set<string> {
  const resend = new Set([...sent].filter((id) => THROTTLED.has(answers.get(id)?.status ?? 503)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of steps) {
      if (!sent.has(step.id) || resend.has(step.id) || answers.get(step.id)?.status !== 424) continue;
      if (step.dependsOn?.some((d) => resend.has(d))) {
        resend.add(step.id);
        grew = true;
      }
    }
  }
  return resend;
}

/**
 * Sends up to 20 steps in one `$batch` round trip, then sends again, after the longest Retry-After, the steps that
 * were throttled inside the batch (Graph throttles members one by one, inside a 200 answer). A dependency that
 * already succeeded is dropped from `dependsOn` when its dependent is sent again.
 */
export async function runBatch(
  transport: GraphTransport,
  steps: readonly BatchStep[],
  policy: RetryPolicy,
  env: RetryEnvironment,
): Promise<Map<string, StepAnswer>> {
  if (steps.length > MAX_BATCH) throw new Error(`a $batch takes at most ${MAX_BATCH} requests, not ${steps.length}`);
  const answers = new Map<string, StepAnswer>();
  const attempts = new Map<string, number>();
  let pending = new Set(steps.map((s) => s.id));
  for (let round = 1; pending.size > 0; round += 1) {
    const requests = steps
      .filter((s) => pending.has(s.id))
      .map((s) => {
        const dependsOn = s.dependsOn?.filter((d) => pending.has(d));
        const headers = s.body === undefined ? s.headers : { 'Content-Type': 'application/json', ...s.headers };
        return { id: s.id, method: s.method, url: s.url, ...(headers ? { headers } : {}), ...(s.body === undefined ? {} : { body: s.body }), ...(dependsOn?.length ? { dependsOn } : {}) };
      });
    const answer = await transport.call<BatchResponseBody>({ method: 'POST', path: '/$batch', body: { requests }, idempotent: true });
    if (answer.status >= 400) throw storeErrorOf('$batch', answer.status, answer.body, answer.headers.get('Retry-After'));
    // A batch the chain sent twice (its first answer lost) was attempted twice for every member.
    for (const id of pending) attempts.set(id, (attempts.get(id) ?? 0) + Math.max(1, answer.attempts));
    for (const r of answer.body?.responses ?? [])
      if (pending.has(r.id)) answers.set(r.id, { status: r.status, headers: lowerKeys(r.headers), body: r.body, attempts: attempts.get(r.id) ?? 1 });
    const resend = toResend(steps, answers, pending);
    if (resend.size === 0 || round >= policy.maxAttempts) break;
    const retryAfter = Math.max(-1, ...[...resend].map((id) => parseRetryAfter(answers.get(id)?.headers['retry-after'], env.now()) ?? -1));
    if (retryAfter > policy.maxRetryAfterMs) break;
    pending = resend;
    await env.sleep(retryAfter >= 0 ? retryAfter + env.random() * Math.min(1000, policy.baseDelayMs) : backoffMs(policy, round, () => env.random()));
  }
  return answers;
}

/** Splits steps into batches of at most 20, keeping a step in the same batch as the steps it depends on. */
export function chunkSteps(groups: readonly (readonly BatchStep[])[]): BatchStep[][] {
  const chunks: BatchStep[][] = [];
  let current: BatchStep[] = [];
  for (const group of groups) {
    if (group.length > MAX_BATCH) throw new Error(`a group of ${group.length} dependent steps cannot fit in one $batch`);
    if (current.length + group.length > MAX_BATCH) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length) chunks.push(current);
  return chunks;
}
