import { backoffDelay } from '../src/app/campaigns/dispatch/backoff.js';
import { DEFAULT_DISPATCH_OPTIONS } from '../src/app/campaigns/dispatch/dispatch-options.js';
import { mulberry32 } from '../tools/graph-emulator/ops/prng.js';

/** The campaign send an ideal dispatcher is simulated on. */
export interface IdealSendScenario {
  recipients: number;
  ratePerSecond: number;
  /** Share of calls answered 429, each independently. */
  refusedRatio: number;
  /** What each 429 says (Retry-After). */
  retryAfterMs: number;
}

/** Ratios (total / minimum) an ideal dispatcher reaches over many simulated sends. */
export interface IdealSendFloor {
  runs: number;
  median: number;
  p90: number;
  /** Share of the runs at or under 1.15×. */
  withinGoal: number;
}

/**
 * One send by a dispatcher with no overhead at all: accepted calls exactly at the pace, refused calls free (their
 * slot given back at once, no cap), every retry sent the instant it falls due and before any first send, waiting
 * Retry-After plus the same jitter as ours. Returns the time of the last card delivered.
 */
function simulateOnce(s: IdealSendScenario, seed: number): number {
  const random = mulberry32(seed);
  const spacing = 1_000 / s.ratePerSecond;
  const waiting: { at: number; attempts: number }[] = [];
  let fresh = s.recipients;
  let delivered = 0;
  let now = 0;
  let last = 0;
  while (delivered < s.recipients) {
    waiting.sort((a, b) => a.at - b.at);
    const retry = waiting[0] !== undefined && waiting[0].at <= now ? waiting.shift() : undefined;
    const message = retry ?? (fresh > 0 ? (fresh--, { at: now, attempts: 0 }) : undefined);
    if (!message) {
      now = waiting[0]!.at;
      continue;
    }
    message.attempts += 1;
    if (random() < s.refusedRatio) {
      const delay = backoffDelay(message.attempts, DEFAULT_DISPATCH_OPTIONS.backoff, random, s.retryAfterMs);
      waiting.push({ at: now + delay, attempts: message.attempts });
      continue;
    }
    delivered += 1;
    last = now;
    now += spacing;
  }
  return last + spacing;
}

/**
 * What the best possible dispatcher would reach against independent 429s, simulated `runs` times: the floor under
 * the bench's measured ratio. Each 429 costs its message at least Retry-After, so the messages refused near the end
 * (and refused again) finish after the pace alone would allow; the shorter the minimum, the more that weighs.
 */
export function idealSendFloor(s: IdealSendScenario, runs = 200): IdealSendFloor {
  const minimumMs = (s.recipients / s.ratePerSecond) * 1_000;
  const ratios = Array.from({ length: runs }, (_, n) => simulateOnce(s, n + 1) / minimumMs).sort((a, b) => a - b);
  const at = (q: number): number => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]!;
  return { runs, median: at(0.5), p90: at(0.9), withinGoal: ratios.filter((r) => r <= 1.15).length / runs };
}
