/** How hard the Graph client insists: bounded attempts, backoff with jitter, Retry-After honoured, a timeout per attempt. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff step when the server gives no Retry-After; doubles each attempt. */
  baseDelayMs: number;
  /** Ceiling of one backoff step. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the caller gets a throttled error at once. */
  maxRetryAfterMs: number;
  /** One attempt is abandoned after this long (then retried like a network error). */
  timeoutMs: number;
}

/** Defaults sized for an interactive request: at most about a minute of waiting in all. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  timeoutMs: 30_000,
};

/** What one attempt came back with. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfter?: string | null }
  | { kind: 'network'; error: unknown };

/** What to do next. */
export interface RetryDecision {
  retry: boolean;
  delayMs: number;
  /** Why, for logs and tests. */
  reason: 'success' | 'final_status' | 'throttled' | 'transient' | 'not_idempotent' | 'attempts_exhausted' | 'retry_after_too_long';
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** The server says it did not do the work (or is overloaded): safe to resend whatever the method. */
const THROTTLE_STATUSES = new Set([429, 503, 504]);

/** True for methods that can be replayed without changing the outcome. */
export const isIdempotentMethod = (method: string): boolean => IDEMPOTENT_METHODS.has(method.toUpperCase());

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries of many callers spread out. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return step / 2 + random() * (step / 2);
}

/**
 * Decides whether attempt `attempt` (1-based) is retried. 429/503/504 are retried for any request (honouring
 * Retry-After); 502, timeouts and network errors only for idempotent ones, since the server may have done the work.
 */
export function decideRetry(
  policy: RetryPolicy,
  input: { method: string; idempotent: boolean; attempt: number; outcome: AttemptOutcome; nowMs: number },
  random: () => number,
): RetryDecision {
  const { outcome, attempt } = input;
  let reason: RetryDecision['reason'];
  let retryAfterMs: number | undefined;
  if (outcome.kind === 'response') {
    if (outcome.status < 400) return { retry: false, delayMs: 0, reason: 'success' };
    if (THROTTLE_STATUSES.has(outcome.status)) {
      reason = 'throttled';
      retryAfterMs = parseRetryAfter(outcome.retryAfter, input.nowMs);
    } else if (outcome.status === 502) reason = 'transient';
    else return { retry: false, delayMs: 0, reason: 'final_status' };
  } else reason = 'transient';

  if (reason === 'transient' && !input.idempotent) return { retry: false, delayMs: 0, reason: 'not_idempotent' };
  if (attempt >= policy.maxAttempts) return { retry: false, delayMs: 0, reason: 'attempts_exhausted' };
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > policy.maxRetryAfterMs) return { retry: false, delayMs: 0, reason: 'retry_after_too_long' };
    // A little jitter on top, never below what the server asked for.
    return { retry: true, delayMs: retryAfterMs + random() * Math.min(1000, policy.baseDelayMs), reason };
  }
  return { retry: true, delayMs: backoffMs(policy, attempt, random), reason };
}
