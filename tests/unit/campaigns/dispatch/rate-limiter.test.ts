import { SlidingWindowLimiter, TEAMS_CONVERSATION_LIMITS, perSecondWindows, type RateWindow } from '../../../../src/app/campaigns/dispatch/rate-limiter.js';

/** Sends as fast as the limiter allows, `count` times, on a fake clock; returns the instants of the sends. */
function sendAsFastAsAllowed(windows: readonly RateWindow[], count: number): number[] {
  let now = 0;
  const limiter = new SlidingWindowLimiter(windows, () => now);
  const sends: number[] = [];
  while (sends.length < count) {
    const wait = limiter.delay();
    if (wait > 0) now += wait;
    else {
      limiter.record();
      sends.push(now);
    }
  }
  return sends;
}

/** The most events found in any span of `windowMs` (half-open, as the limiter counts). */
function busiestWindow(sends: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < sends.length; i++) {
    while ((sends[j] ?? 0) <= (sends[i] ?? 0) - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('SlidingWindowLimiter', () => {
  it('lets events through up to the limit, then says how long until the oldest leaves the window', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter([{ limit: 3, windowMs: 1_000 }], () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.delay()).toBe(0);
      limiter.record();
      now += 100;
    }
    expect(limiter.delay()).toBe(700); // the first event (t=0) leaves at t=1000; now is 300
    now = 1_000;
    expect(limiter.delay()).toBe(0);
  });

  it("keeps Teams' four conversation windows at once", () => {
    const sends = sendAsFastAsAllowed(TEAMS_CONVERSATION_LIMITS, 2_000);
    for (const w of TEAMS_CONVERSATION_LIMITS) expect(busiestWindow(sends, w.windowMs)).toBeLessThanOrEqual(w.limit);
    // 7 at once, the 8th a second later, then the 2-second window sets the pace (4 per second).
    expect(sends.slice(0, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000]);
    // 60 per 30 s: the 61st waits for the first to leave the 30-second window.
    expect(sends[60]).toBe(30_000);
    // 1,800 per hour: the 1,801st waits a full hour after the first.
    expect(sends[1_800]).toBeGreaterThanOrEqual(3_600_000);
  });

  it('paces a per-second rate exactly, with no burst at window edges', () => {
    const sends = sendAsFastAsAllowed(perSecondWindows(30), 300);
    expect(busiestWindow(sends, 1_000)).toBe(30);
    expect(sends.at(-1)).toBe(9_000);
  });

  it('slows down for a while when told (after a 429), then returns to the full pace', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter([{ limit: 10, windowMs: 1_000 }], () => now);
    limiter.slowDown(0.5, 2_000);
    let allowed = 0;
    while (limiter.delay() === 0) {
      limiter.record();
      allowed++;
    }
    expect(allowed).toBe(5);
    now = 2_000;
    allowed = 0;
    while (limiter.delay() === 0) {
      limiter.record();
      allowed++;
    }
    expect(allowed).toBe(10);
  });

  it('keeps at least one event per window however hard it is slowed', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 3, windowMs: 1_000 }], () => 0);
    limiter.slowDown(0, 60_000);
    expect(limiter.delay()).toBe(0);
    limiter.record();
    expect(limiter.delay()).toBe(1_000);
  });

  it('is idle once every event left the longest window', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter([{ limit: 1, windowMs: 1_000 }, { limit: 5, windowMs: 10_000 }], () => now);
    expect(limiter.isIdle()).toBe(true);
    limiter.record();
    now = 9_999;
    expect(limiter.isIdle()).toBe(false);
    now = 10_000;
    expect(limiter.isIdle()).toBe(true);
  });

  it('counts a settled event from when it ended, so its window never runs ahead of the service', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter([{ limit: 2, windowMs: 1_000 }], () => now);
    const first = limiter.record();
    limiter.record();
    now = 300; // the first call's answer came back
    limiter.settle(first);
    now = 1_000; // the second (recorded at 0) has left; the first counts from 300
    expect(limiter.delay()).toBe(0);
    limiter.record();
    expect(limiter.delay()).toBe(300);
  });

  it('forgets an event that did not happen after all, and only one of several at the same instant', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter([{ limit: 2, windowMs: 1_000 }], () => now);
    const a = limiter.record();
    limiter.record();
    expect(limiter.delay()).toBe(1_000);
    limiter.forget(a);
    expect(limiter.delay()).toBe(0);
    limiter.record();
    expect(limiter.delay()).toBe(1_000);
    now = 5_000;
    limiter.forget(a); // long expired: nothing to forget, nothing breaks
    expect(limiter.delay()).toBe(0);
  });

  it('can start as if the steady pace had been kept until now', () => {
    let now = 10_000;
    const limiter = new SlidingWindowLimiter([{ limit: 4, windowMs: 1_000 }], () => now);
    limiter.primeAtSteadyPace();
    const sends: number[] = [];
    while (sends.length < 6) {
      const wait = limiter.delay();
      if (wait > 0) now += wait;
      else sends.push(limiter.record());
    }
    expect(sends).toEqual([10_250, 10_500, 10_750, 11_000, 11_250, 11_500]);
  });

  it('refuses windows that make no sense', () => {
    expect(() => new SlidingWindowLimiter([], () => 0)).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter([{ limit: 0, windowMs: 1_000 }], () => 0)).toThrow(RangeError);
    expect(() => new SlidingWindowLimiter([{ limit: 1.5, windowMs: 1_000 }], () => 0)).toThrow(RangeError);
  });
});

describe('perSecondWindows', () => {
  it('turns a rate into a one-second window, or a longer one below one per second', () => {
    expect(perSecondWindows(30)).toEqual([{ limit: 30, windowMs: 1_000 }]);
    expect(perSecondWindows(0.5)).toEqual([{ limit: 1, windowMs: 2_000 }]);
    expect(() => perSecondWindows(0)).toThrow(RangeError);
    expect(() => perSecondWindows(Number.NaN)).toThrow(RangeError);
  });
});
