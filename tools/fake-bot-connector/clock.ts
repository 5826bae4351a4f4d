import type { Clock } from './types.js';

/** A clock that only moves when told: pass `clock.now` as the fake's `clock`. */
export interface ManualClock {
  now: Clock;
  advance(ms: number): void;
  set(ms: number): void;
}

/** Starts a manual clock at `startMs` (default 2026-11-27T09:00:00Z). */
export function manualClock(startMs = Date.parse('2026-11-27T09:00:00.000Z')): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}
