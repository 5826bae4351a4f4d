import type { WindowLimit } from '../types.js';

/** Index of the first element >= value in an ascending array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A sliding-window log under several windows at once (Teams: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour).
 * Only accepted operations are logged: a refused call does not use up the allowance.
 */
export class SlidingWindowLog {
  private times: number[] = [];
  private readonly longest: number;

  constructor(private readonly limits: readonly WindowLimit[]) {
    this.longest = Math.max(0, ...limits.map((l) => l.windowMs));
  }

  /** Milliseconds until one more operation fits, or 0 when it fits now. */
  waitMs(now: number): number {
    this.prune(now);
    let wait = 0;
    for (const { limit, windowMs } of this.limits) {
      const first = lowerBound(this.times, now - windowMs + 1);
      const inWindow = this.times.length - first;
      if (inWindow >= limit) {
        // The window frees a slot once the oldest operation that still counts leaves it.
        const freeing = this.times[this.times.length - limit] as number;
        wait = Math.max(wait, freeing + windowMs - now);
      }
    }
    return wait;
  }

  record(now: number): void {
    if (this.times.length > 0 && now < (this.times[this.times.length - 1] as number)) {
      this.times.splice(lowerBound(this.times, now + 1), 0, now);
    } else {
      this.times.push(now);
    }
  }

  private prune(now: number): void {
    const first = lowerBound(this.times, now - this.longest + 1);
    if (first > 1024 || (first > 0 && first * 2 > this.times.length)) this.times = this.times.slice(first);
  }
}
