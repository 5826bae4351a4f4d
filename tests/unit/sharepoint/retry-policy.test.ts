import { backoffMs, decideRetry, parseRetryAfter, type RetryPolicy } from '../../../src/adapters/sharepoint/graph/retry-policy.js';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 10_000, timeoutMs: 5_000 };
const decide = (method: string, status: number | 'network', attempt = 1, retryAfter?: string, idempotent = false) =>
  decideRetry(
    policy,
    {
      method,
      idempotent: idempotent || ['GET', 'DELETE', 'PUT'].includes(method),
      attempt,
      outcome: status === 'network' ? { kind: 'network', error: new TypeError('fetch failed') } : { kind: 'response', status, retryAfter },
      nowMs: Date.parse('2026-11-27T10:00:00Z'),
    },
    () => 0.5,
  );

describe('retry policy', () => {
  it('retries 429, 503 and 504 for any method, waiting at least Retry-After', () => {
    for (const status of [429, 503, 504]) {
      const d = decide('POST', status, 1, '2');
      expect(d.retry).toBe(true);
      expect(d.delayMs).toBeGreaterThanOrEqual(2_000);
      expect(d.delayMs).toBeLessThan(2_100);
    }
  });

  it('retries 502 and network errors only when the request is idempotent', () => {
    expect(decide('GET', 502).retry).toBe(true);
    expect(decide('POST', 502)).toMatchObject({ retry: false, reason: 'not_idempotent' });
    expect(decide('PATCH', 'network')).toMatchObject({ retry: false, reason: 'not_idempotent' });
    expect(decide('PATCH', 'network', 1, undefined, true).retry).toBe(true);
    expect(decide('DELETE', 'network').retry).toBe(true);
  });

  it('never retries successes, 4xx answers such as 404 and 412, or other 5xx', () => {
    for (const status of [200, 201, 204, 400, 403, 404, 409, 410, 412, 500])
      expect(decide('GET', status).retry).toBe(false);
  });

  it('stops after the last attempt, and when Retry-After is longer than we are willing to wait', () => {
    expect(decide('GET', 503, 4)).toMatchObject({ retry: false, reason: 'attempts_exhausted' });
    expect(decide('GET', 429, 1, '60')).toMatchObject({ retry: false, reason: 'retry_after_too_long' });
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(policy, 1, () => 0)).toBe(50);
    expect(backoffMs(policy, 1, () => 1)).toBe(100);
    expect(backoffMs(policy, 3, () => 0)).toBe(200);
    expect(backoffMs(policy, 10, () => 1)).toBe(1_000);
    expect(decide('GET', 503, 2).delayMs).toBe(150);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
