import { SlidingWindowLimiter, type RateWindow } from './rate-limiter.js';

/** One sliding-window limiter per key (per conversation), created on first use and forgotten once idle. */
export class KeyedRateLimiter {
  private readonly limiters = new Map<string, SlidingWindowLimiter>();
  private recordsSincePrune = 0;

  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly now: () => number,
    private readonly pruneEvery = 1_000,
  ) {}

  /** Milliseconds until one more event for `key` fits; 0 when it fits now. */
  delay(key: string): number {
    return this.limiters.get(key)?.delay() ?? 0;
  }

  /** Records one event for `key` now. */
  record(key: string): void {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(this.windows, this.now);
      this.limiters.set(key, limiter);
    }
    limiter.record();
    if (++this.recordsSincePrune >= this.pruneEvery) this.prune();
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.limiters.size;
  }

  /** Drops the limiters that remember nothing any more (thousands of one-message conversations per campaign). */
  prune(): void {
    this.recordsSincePrune = 0;
    for (const [key, limiter] of this.limiters) if (limiter.isIdle()) this.limiters.delete(key);
  }
}
