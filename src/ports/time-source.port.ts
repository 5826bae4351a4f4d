/**
 * Monotonic milliseconds and a way to wait, kept apart from the Clock port (which stamps records): rate limits and
 * pauses are measured here, so tests can drive them with a fake that never sleeps.
 */
export interface TimeSource {
  /** Milliseconds on a monotonic scale (only differences matter). */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
