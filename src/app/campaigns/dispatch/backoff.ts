/** Exponential back-off: `baseMs` doubled per attempt, capped at `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * How long to wait before attempt `attempt + 1` after `attempt` failed (1-based). When the service said how long
 * (`Retry-After`), that, plus up to 20 % of jitter so that many throttled sends do not come back in step; otherwise
 * exponential with "equal jitter" (half fixed, half random).
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number, retryAfterMs?: number): number {
  const spread = Math.min(Math.max(random(), 0), 1);
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.round(retryAfterMs * (1 + 0.2 * spread));
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * spread);
}
