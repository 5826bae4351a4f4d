import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { methodOf } from './middleware-util.js';
import { traceOf } from './request-trace.js';
import { decideRetry, isIdempotentMethod, type AttemptOutcome, type RetryPolicy } from './retry-policy.js';

/** The response a context holds (read through a function: TypeScript otherwise keeps the narrowing of `delete`). */
const responseOf = (context: Context): Response | undefined => context.response;

/** Time and chance, injectable so tests run retries without waiting. */
export interface RetryEnvironment {
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

/** The real clock and Math.random. */
export const realRetryEnvironment: RetryEnvironment = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** Called after each retried attempt, for logs and counters. */
export type RetryListener = (event: { method: string; attempt: number; outcome: AttemptOutcome; delayMs: number }) => void;

/**
 * The one place where Graph requests are retried: throttling and transient failures, with a timeout per attempt.
 * A request is idempotent when its method is, or when its RequestTrace says so (our writes carry an idempotency key).
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly env: RetryEnvironment = realRetryEnvironment,
    private readonly onRetry?: RetryListener,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = methodOf(context);
    const trace = traceOf(context);
    const idempotent = isIdempotentMethod(method) || trace?.idempotent === true;
    const callerSignal = context.options?.signal ?? undefined;
    for (let attempt = 1; ; attempt += 1) {
      if (trace) trace.attempts = attempt;
      const timeout = AbortSignal.timeout(this.policy.timeoutMs);
      context.options = { ...context.options, signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout };
      delete context.response;
      let outcome: AttemptOutcome;
      let response: Response | undefined;
      try {
        await this.next?.execute(context);
        response = responseOf(context);
        outcome = { kind: 'response', status: response?.status ?? 0, retryAfter: response?.headers.get('Retry-After') };
      } catch (error) {
        outcome = { kind: 'network', error };
      }
      const decision = decideRetry(this.policy, { method, idempotent, attempt, outcome, nowMs: this.env.now() }, () => this.env.random());
      if (!decision.retry) {
        if (outcome.kind === 'network') throw outcome.error;
        return;
      }
      // Free the connection of the answer we drop.
      await response?.body?.cancel().catch(() => undefined);
      this.onRetry?.({ method, attempt, outcome, delayMs: decision.delayMs });
      await this.env.sleep(decision.delayMs);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
