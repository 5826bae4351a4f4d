import { MAX_DELIVERY_ATTEMPTS } from '../../../domain/campaigns/delivery.schema.js';
import type { IdGenerator } from '../../../ports/clock.port.js';
import type { BackoffPolicy } from './backoff.js';
import { TEAMS_CONVERSATION_LIMITS, type RateWindow } from './rate-limiter.js';

/** How the dispatcher paces, retries and claims. Every field has a default fit for Teams. */
export interface DispatchOptions {
  /** Written into `claimedBy`; by default a fresh id from the id port (one per server instance). */
  instanceId: string;
  /** Sends per second of this instance (Teams allows 30 per app per tenant: divide it between instances). */
  ratePerSecond: number;
  /** Limits per conversation (Teams: 7/1 s, 8/2 s, 60/30 s, 1800/3600 s). */
  conversationLimits: readonly RateWindow[];
  /** Attempts after which an item fails with reason 'other' and its last error (at most MAX_DELIVERY_ATTEMPTS). */
  maxAttempts: number;
  /**
   * How long a claim holds without news: past it, another instance may take the item over (crash recovery). A send
   * still in flight renews its lease every third of it, so the lease bounds how long a crashed instance's items wait,
   * not how long a send may take.
   */
  leaseMs: number;
  /**
   * Look at the outbox at least this often while started. Retries, scheduled items and expired leases are awaited
   * precisely and `wake()` covers what this instance queues, so polling only catches items queued by other instances.
   */
  pollIntervalMs: number;
  /** Sends in flight at once. */
  concurrency: number;
  backoff: BackoffPolicy;
  /** After a 429 without Retry-After, the instance's pace is multiplied by `factor` for `durationMs`. */
  throttleSlowdown: { factor: number; durationMs: number };
}

/** The defaults. */
export const DEFAULT_DISPATCH_OPTIONS: Omit<DispatchOptions, 'instanceId'> = {
  ratePerSecond: 30,
  conversationLimits: TEAMS_CONVERSATION_LIMITS,
  maxAttempts: MAX_DELIVERY_ATTEMPTS,
  // Recovery after a crash starts within 20 s (goal: 30 s); a renewal every ~6.7 s only for sends slower than that.
  leaseMs: 20_000,
  pollIntervalMs: 30_000,
  concurrency: 8,
  backoff: { baseMs: 2_000, maxMs: 600_000 },
  throttleSlowdown: { factor: 0.5, durationMs: 10_000 },
};

const positive = (name: string, value: number): void => {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`Dispatch option ${name} must be a positive number: ${value}`);
};

/**
 * The least lease: a renewal is a store write (a SharePoint round trip of a second or more when throttled), and it
 * must land well within the lease it extends.
 */
export const MIN_LEASE_MS = 300;

/** How often a send in flight renews its lease: three renewals per lease, so one late or failed renewal is survived. */
export const renewalIntervalOf = (options: Pick<DispatchOptions, 'leaseMs'>): number => Math.max(1, Math.floor(options.leaseMs / 3));

/** Fills in the defaults (the instance id from `ids`) and checks the values (a RangeError names the bad option). */
export function resolveDispatchOptions(given: Partial<DispatchOptions>, ids: IdGenerator): DispatchOptions {
  const options: DispatchOptions = {
    instanceId: given.instanceId ?? ids.next('dispatch'),
    ...DEFAULT_DISPATCH_OPTIONS,
    ...given,
  };
  if (!options.instanceId || options.instanceId.length > 100) throw new RangeError('Dispatch option instanceId must have 1 to 100 characters');
  positive('ratePerSecond', options.ratePerSecond);
  positive('leaseMs', options.leaseMs);
  if (options.leaseMs < MIN_LEASE_MS) throw new RangeError(`Dispatch option leaseMs must be at least ${MIN_LEASE_MS} ms: ${options.leaseMs}`);
  positive('pollIntervalMs', options.pollIntervalMs);
  positive('backoff.baseMs', options.backoff.baseMs);
  positive('backoff.maxMs', options.backoff.maxMs);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError('Dispatch option concurrency must be an integer ≥ 1');
  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1 || options.maxAttempts > MAX_DELIVERY_ATTEMPTS)
    throw new RangeError(`Dispatch option maxAttempts must be an integer from 1 to ${MAX_DELIVERY_ATTEMPTS}`);
  return options;
}
