import { backoffDelay } from '../../../../src/app/campaigns/dispatch/backoff.js';

const policy = { baseMs: 1_000, maxMs: 30_000 };

describe('backoffDelay', () => {
  it('doubles with each attempt, up to the cap', () => {
    const top = (attempt: number): number => backoffDelay(attempt, policy, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(top)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('jitters between half and the whole of the exponential delay', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(2_000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3_000);
    expect(backoffDelay(3, policy, () => 0.999)).toBeLessThanOrEqual(4_000);
  });

  it('waits what the service asked (Retry-After), plus at most 20 % of jitter, whatever the attempt', () => {
    expect(backoffDelay(1, policy, () => 0, 45_000)).toBe(45_000);
    expect(backoffDelay(1, policy, () => 1, 45_000)).toBe(54_000);
    expect(backoffDelay(5, policy, () => 0, 500)).toBe(500);
  });

  it('treats a nonsense attempt number as the first', () => {
    expect(backoffDelay(0, policy, () => 1)).toBe(1_000);
  });
});
