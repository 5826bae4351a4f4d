import type { Clock, RateLimitOptions, ThreadScenario, WindowLimit } from '../types.js';
import { SlidingWindowLog } from './sliding-window.js';

const w = (limit: number, seconds: number): WindowLimit => ({ limit, windowMs: seconds * 1000 });

/** Teams' per bot per thread limits (platform.md §4); the legacy `/members` API is held to 5 a minute. */
export const TEAMS_THREAD_LIMITS: Readonly<Record<ThreadScenario, readonly WindowLimit[]>> = {
  send: [w(7, 1), w(8, 2), w(60, 30), w(1800, 3600)],
  create: [w(7, 1), w(8, 2), w(60, 30), w(1800, 3600)],
  members: [w(14, 1), w(16, 2), w(120, 30), w(3600, 3600)],
  conversations: [w(14, 1), w(16, 2), w(120, 30), w(3600, 3600)],
  legacyMembers: [w(5, 60)],
};

export const DEFAULT_TENANT_PER_SECOND = 30;

export type LimitDecision = { ok: true } | { ok: false; scope: string; retryAfterSeconds: number };

/** The global per-tenant limit and the per-thread limits, each keyed log created on first use. */
export class TeamsRateLimiter {
  private readonly logs = new Map<string, SlidingWindowLog>();
  private options: Required<Pick<RateLimitOptions, 'enabled' | 'tenantPerSecond'>> & { thread: Record<ThreadScenario, readonly WindowLimit[]> };

  constructor(private readonly clock: Clock, options: RateLimitOptions = {}) {
    this.options = TeamsRateLimiter.settle(options);
  }

  private static settle(options: RateLimitOptions): TeamsRateLimiter['options'] {
    const tenantPerSecond = options.tenantPerSecond ?? DEFAULT_TENANT_PER_SECOND;
    if (!Number.isInteger(tenantPerSecond) || tenantPerSecond < 1) throw new Error('rateLimits.tenantPerSecond must be a positive integer');
    return { enabled: options.enabled ?? true, tenantPerSecond, thread: { ...TEAMS_THREAD_LIMITS, ...(options.thread ?? {}) } };
  }

  /** Replaces the limits and forgets what was counted. */
  configure(options: RateLimitOptions): void {
    this.options = TeamsRateLimiter.settle(options);
    this.logs.clear();
  }

  /** Counts one call of the tenant; refused when over the global rate. */
  acquireTenant(tenantId: string): LimitDecision {
    return this.acquire(`tenant:${tenantId}`, [{ limit: this.options.tenantPerSecond, windowMs: 1000 }]);
  }

  /** Counts one operation of a scenario on a thread (conversation); refused when over any of its windows. */
  acquireThread(scenario: ThreadScenario, threadKey: string): LimitDecision {
    return this.acquire(`${scenario}:${threadKey}`, this.options.thread[scenario]);
  }

  private acquire(key: string, limits: readonly WindowLimit[]): LimitDecision {
    if (!this.options.enabled) return { ok: true };
    let log = this.logs.get(key);
    if (!log) {
      log = new SlidingWindowLog(limits);
      this.logs.set(key, log);
    }
    const now = this.clock();
    const wait = log.waitMs(now);
    if (wait > 0) return { ok: false, scope: key, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    log.record(now);
    return { ok: true };
  }
}
