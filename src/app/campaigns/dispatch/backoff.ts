/** Exponential back-off: `baseMs` doubled per attempt, capped at `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * How long to wait before attempt `attempt + 1` after `attempt` failed (1-based): exponential with "equal jitter"
 * (half fixed, half random, so that many throttled sends do not come back in step), and never sooner than the
 * service's `retryAfterMs`.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const jittered = ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}
