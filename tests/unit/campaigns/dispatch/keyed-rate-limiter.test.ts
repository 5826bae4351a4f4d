import { KeyedRateLimiter } from '../../../../src/app/campaigns/dispatch/keyed-rate-limiter.js';

describe('KeyedRateLimiter', () => {
  it('limits each conversation on its own', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter([{ limit: 2, windowMs: 1_000 }], () => now);
    limiter.record('a');
    limiter.record('a');
    expect(limiter.delay('a')).toBe(1_000);
    expect(limiter.delay('b')).toBe(0);
    now = 400;
    expect(limiter.delay('a')).toBe(600);
  });

  it('forgets conversations with nothing left in their windows', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter([{ limit: 1, windowMs: 1_000 }], () => now, 3);
    limiter.record('a');
    limiter.record('b');
    expect(limiter.size).toBe(2);
    now = 1_000;
    limiter.record('c'); // the third record prunes: a and b are idle by now
    expect(limiter.size).toBe(1);
    expect(limiter.delay('c')).toBe(1_000);
  });
});
