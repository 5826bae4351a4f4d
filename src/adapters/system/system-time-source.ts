import { performance } from 'node:perf_hooks';
import type { TimeSource } from '../../ports/time-source.port.js';

/**
 * The process's monotonic clock and real timers. The timers are not unref'd: a script awaiting `runUntilIdle` must not
 * exit while a retry is due; a started dispatcher keeps the process alive until `stop()`, as a worker should.
 */
export const systemTimeSource: TimeSource = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
    }),
};
