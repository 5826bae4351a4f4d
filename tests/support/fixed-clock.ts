import type { Clock, IdGenerator } from '../../src/ports/clock.port.js';

/** A clock stopped at a given instant (the demo's "today" by default); `advance` moves it by seconds. */
export function fixedClock(instant = '2026-11-27T09:00:00.000Z'): Clock & { advance(seconds: number): void } {
  let now = new Date(instant).getTime();
  return {
    now: () => new Date(now).toISOString(),
    today: () => new Date(now).toISOString().slice(0, 10),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** Predictable ids: prefix-1, prefix-2… */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return { next: (prefix) => `${prefix}-t${++n}` };
}
