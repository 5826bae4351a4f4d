import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RequestTrace } from '../../../src/adapters/sharepoint/graph/request-trace.js';
import { RetryMiddleware, type RetryEnvironment } from '../../../src/adapters/sharepoint/graph/retry.middleware.js';
import { DEFAULT_RETRY_POLICY } from '../../../src/adapters/sharepoint/graph/retry-policy.js';

/** A next step that answers from a script: a status (with optional Retry-After) or a thrown network error. */
function scripted(script: (number | [number, string] | Error)[]): Middleware & { calls: number } {
  const step = {
    calls: 0,
    execute(context: Context): Promise<void> {
      const next = script[Math.min(step.calls, script.length - 1)]!;
      step.calls += 1;
      if (next instanceof Error) return Promise.reject(next);
      const [status, retryAfter] = Array.isArray(next) ? next : [next, undefined];
      context.response = new Response(status === 204 ? null : '{}', { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
      return Promise.resolve();
    },
  };
  return step;
}

function fakeEnvironment(): RetryEnvironment & { slept: number[] } {
  const env = { slept: [] as number[], sleep: (ms: number) => (env.slept.push(ms), Promise.resolve()), random: () => 0, now: () => 0 };
  return env;
}

async function run(method: string, script: (number | [number, string] | Error)[], trace?: RequestTrace) {
  const env = fakeEnvironment();
  const retry = new RetryMiddleware({ ...DEFAULT_RETRY_POLICY, maxAttempts: 3 }, env);
  const next = scripted(script);
  retry.setNext(next);
  const context = {
    request: 'https://graph.example/v1.0/sites/x',
    options: { method },
    middlewareControl: trace ? { getMiddlewareOptions: () => trace } : undefined,
  } as unknown as Context;
  const outcome = await retry.execute(context).then(
    () => context.response?.status,
    (error: unknown) => error,
  );
  return { outcome, calls: next.calls, slept: env.slept };
}

describe('RetryMiddleware', () => {
  it('waits for Retry-After and retries a throttled write until it succeeds', async () => {
    const { outcome, calls, slept } = await run('POST', [[429, '1'], [503, '2'], 201]);
    expect(outcome).toBe(201);
    expect(calls).toBe(3);
    expect(slept).toEqual([1_000, 2_000]);
  });

  it('gives the last throttled answer back after the last attempt', async () => {
    const { outcome, calls } = await run('GET', [[429, '0']]);
    expect(outcome).toBe(429);
    expect(calls).toBe(3);
  });

  it('does not replay a POST after a network error, unless it carries an idempotency key', async () => {
    const lost = new TypeError('fetch failed');
    expect(await run('POST', [lost, 201])).toMatchObject({ outcome: lost, calls: 1 });
    const trace = new RequestTrace(true);
    expect(await run('POST', [lost, 201], trace)).toMatchObject({ outcome: 201, calls: 2 });
    expect(trace.attempts).toBe(2);
  });

  it('retries a GET after 502 but never a 412', async () => {
    expect(await run('GET', [502, 200])).toMatchObject({ outcome: 200, calls: 2 });
    expect(await run('PATCH', [412, 200])).toMatchObject({ outcome: 412, calls: 1 });
  });

  it('gives each attempt its own timeout signal', async () => {
    const env = fakeEnvironment();
    const retry = new RetryMiddleware({ ...DEFAULT_RETRY_POLICY, timeoutMs: 20 }, env);
    const signals: (AbortSignal | null | undefined)[] = [];
    retry.setNext({
      execute: (context: Context) => {
        signals.push(context.options?.signal);
        context.response = new Response('{}', { status: signals.length === 1 ? 503 : 200 });
        return Promise.resolve();
      },
    });
    const context = { request: 'https://graph.example/v1.0/x', options: { method: 'GET' } } as unknown as Context;
    await retry.execute(context);
    expect(signals).toHaveLength(2);
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]).not.toBe(signals[1]);
  });
});
