/** At most `limit` events in any `windowMs` span. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Teams' limits per bot per conversation for sending or creating a conversation (platform reference §4). */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** The windows of a steady pace of `perSecond` events (below one per second: one event per 1/rate seconds). */
export function perSecondWindows(perSecond: number): RateWindow[] {
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new RangeError(`A rate must be a positive number: ${perSecond}`);
  return perSecond >= 1 ? [{ limit: Math.floor(perSecond), windowMs: 1_000 }] : [{ limit: 1, windowMs: Math.ceil(1_000 / perSecond) }];
}

/**
 * Sliding-window limiter over several windows at once (Teams counts 7 per second and 60 per 30 seconds together).
 * It keeps the instants of recent events, so it is exact where a token bucket would allow bursts at window edges.
 */
export class SlidingWindowLimiter {
  private readonly windows: readonly RateWindow[];
  private readonly horizonMs: number;
  /** Event instants, oldest first; `head` skips the expired ones until the array is compacted. */
  private events: number[] = [];
  private head = 0;
  private slowFactor = 1;
  private slowUntil = -Infinity;

  constructor(
    windows: readonly RateWindow[],
    private readonly now: () => number,
  ) {
    if (windows.length === 0) throw new RangeError('A limiter needs at least one window');
    for (const w of windows)
      if (!(w.limit >= 1 && Number.isInteger(w.limit) && w.windowMs > 0)) throw new RangeError(`Bad rate window: ${JSON.stringify(w)}`);
    this.windows = windows;
    this.horizonMs = Math.max(...windows.map((w) => w.windowMs));
  }

  /** Milliseconds until one more event fits every window; 0 when it fits now. */
  delay(): number {
    const now = this.now();
    this.expire(now);
    let wait = 0;
    for (const w of this.windows) {
      const limit = this.limitOf(w, now);
      const inWindow = this.countSince(now - w.windowMs);
      if (inWindow < limit) continue;
      // Events leave the window oldest first; one more fits once only limit - 1 remain, i.e. when the
      // limit-th newest has left.
      const freeing = this.events[this.events.length - limit];
      if (freeing !== undefined) wait = Math.max(wait, freeing + w.windowMs - now);
    }
    return wait;
  }

  /**
   * Records one event now (call it once the event is certain to happen) and returns its instant, by which the event
   * can be `settle`d or `forget`-ten once the call it stands for has ended.
   */
  record(): number {
    const now = this.now();
    this.expire(now);
    this.events.push(now);
    return now;
  }

  /**
   * Moves the event recorded at `at` to now: a call the service counted counts from when its answer came back. The
   * service counted it somewhere in between, so the limiter's window never runs ahead of the service's.
   */
  settle(at: number): void {
    const now = this.now();
    this.remove(at);
    this.expire(now);
    this.events.splice(this.firstAfter(now), 0, now);
  }

  /** Forgets the event recorded at `at` (nothing was sent after all, or the service refused the call). */
  forget(at: number): void {
    this.remove(at);
  }

  /**
   * Starts as if events had come at the steady pace of the first window until now (`limit` per `windowMs`, evenly
   * spaced, the last one now): a new instance then keeps the pace a previous one may have been sending at until a
   * moment ago, instead of opening with a burst of a whole window's worth. The first event waits one spacing.
   */
  primeAtSteadyPace(): void {
    const now = this.now();
    const { limit, windowMs } = this.windows[0]!;
    const spacing = windowMs / limit;
    const primed: number[] = [];
    for (let k = limit - 1; k >= 0; k -= 1) primed.push(now - k * spacing);
    this.events = [...primed, ...this.events.slice(this.head)].sort((a, b) => a - b);
    this.head = 0;
  }

  /** Scales every limit by `factor` (at least one event per window remains) for the next `forMs`: a 429 slows the pace. */
  slowDown(factor: number, forMs: number): void {
    this.slowFactor = Math.min(1, Math.max(0, factor));
    this.slowUntil = Math.max(this.slowUntil, this.now() + forMs);
  }

  /** True when no event is remembered any more: the limiter is as good as new and can be dropped. */
  isIdle(): boolean {
    this.expire(this.now());
    return this.head === this.events.length && this.now() >= this.slowUntil;
  }

  private limitOf(w: RateWindow, now: number): number {
    return now < this.slowUntil ? Math.max(1, Math.floor(w.limit * this.slowFactor)) : w.limit;
  }

  /** Events strictly after `since`. */
  private countSince(since: number): number {
    return this.events.length - this.firstAfter(since);
  }

  /** Index of the first live event strictly after `instant` (binary search: the array is sorted). */
  private firstAfter(instant: number): number {
    let lo = this.head;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.events[mid] ?? Infinity) > instant) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Removes one live event at `at`, if one is still remembered (events at the same instant are interchangeable). */
  private remove(at: number): void {
    const last = this.firstAfter(at) - 1;
    if (last >= this.head && this.events[last] === at) this.events.splice(last, 1);
  }

  private expire(now: number): void {
    const since = now - this.horizonMs;
    while (this.head < this.events.length && (this.events[this.head] ?? Infinity) <= since) this.head++;
    if (this.head > 1_024 && this.head * 2 > this.events.length) {
      this.events = this.events.slice(this.head);
      this.head = 0;
    }
  }
}
