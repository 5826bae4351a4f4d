import type { TimeSource } from '../../../../../src/ports/time-source.port.js';

/**
 * A time source that never sleeps: `sleep(ms)` lets pending work run (sends in flight end and are recorded, as they
 * would within the wait on a real clock), then moves time forward by `ms`.
 */
export function fakeTime(start = 0): TimeSource & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      if (!signal?.aborted) now += ms;
    },
  };
}
