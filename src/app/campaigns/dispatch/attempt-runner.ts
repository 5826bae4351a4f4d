import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { ConflictError, NotFoundError } from '../../../domain/errors.js';
import type { SentMessage } from '../../../ports/messaging.port.js';
import { backoffDelay } from './backoff.js';
import { ClaimLease } from './claim-lease.js';
import { renewalIntervalOf, type DispatchOptions } from './dispatch-options.js';
import type { ComposeResult, DispatchDeps, DispatchOutcome, DispatchStats } from './dispatch.types.js';
import { failed, retried, sent, skipped } from './outbox-transitions.js';
import { attemptErrorOf, type AttemptError } from './send-errors.js';
import type { TimeSource } from '../../../ports/time-source.port.js';

/**
 * What an attempt used of the instance's sending budget: no call (composing skipped, failed or threw), a call
 * refused with a 429 that said when to come back (about that message), or any other call.
 */
export type BudgetUse = 'none' | 'refused' | 'counted';

/** An ISO instant `ms` after `iso`. */
export const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Carries one claimed item to its next state: compose, send, then record the result on the item (sent, failed,
 * or pending again with a back-off) with a versioned update against the claim, and report final outcomes. While the
 * attempt runs its lease is renewed (see ClaimLease); once lost, the attempt sends and writes nothing more.
 */
export class AttemptRunner {
  constructor(
    private readonly deps: DispatchDeps & { random: () => number; time: TimeSource },
    private readonly options: DispatchOptions,
    private readonly stats: DispatchStats,
    /** Called on every 429 (to slow the instance's pace); `saidWhen` when it carried Retry-After. */
    private readonly onThrottled: (saidWhen: boolean) => void,
  ) {}

  /**
   * Runs the attempt of an item this instance has just claimed and says what it used of the sending budget.
   * Rejects only when the store fails.
   */
  async run(item: Stored<OutboxItem>): Promise<BudgetUse> {
    const { operations, clock, time, logger } = this.deps;
    const lease = new ClaimLease(item, {
      outbox: operations.outbox,
      clock,
      time,
      logger,
      stats: this.stats,
      leaseMs: this.options.leaseMs,
      renewEveryMs: renewalIntervalOf(this.options),
    });
    try {
      return await this.attempt(item, lease);
    } finally {
      await lease.release();
    }
  }

  private async attempt(item: Stored<OutboxItem>, lease: ClaimLease): Promise<BudgetUse> {
    let composed: ComposeResult;
    try {
      composed = await this.deps.compose(item);
    } catch (err) {
      await this.afterError(lease, item, attemptErrorOf(err));
      return 'none';
    }
    if (composed.kind === 'skip') {
      await this.record(lease, skipped(item, composed.reason), { kind: 'skipped', reason: composed.reason });
      return 'none';
    }
    if (composed.kind === 'fail') {
      await this.record(lease, failed(item, composed.reason, composed.message), { kind: 'failed', reason: composed.reason, error: composed.message });
      return 'none';
    }
    // Taken over while composing (this process stalled past its lease): the other instance sends it.
    if (lease.lost) {
      this.lostBeforeWriting(item, 'sending');
      return 'none';
    }

    let message: SentMessage;
    try {
      message = await this.deps.sender.send(composed.ref, composed.message);
    } catch (err) {
      const attempt = attemptErrorOf(err);
      await this.afterError(lease, item, attempt);
      return attempt.retry && attempt.throttled && attempt.retryAfterMs !== undefined ? 'refused' : 'counted';
    }
    const at = this.deps.clock.now();
    await this.record(lease, sent(item, message, at), { kind: 'sent', sent: message, at });
    return 'counted';
  }

  /** Reports an item recorded as ended by the caller (given up before a claim); errors of onOutcome are logged. */
  async report(item: Stored<OutboxItem>, outcome: DispatchOutcome): Promise<void> {
    this.stats[outcome.kind]++;
    try {
      await this.deps.onOutcome(item, outcome);
    } catch (err) {
      this.stats.outcomeErrors++;
      this.deps.logger.error({ err, itemId: item.id, outcome: outcome.kind }, 'outbox: recording the outcome failed');
    }
  }

  private afterError(lease: ClaimLease, item: Stored<OutboxItem>, attempt: AttemptError): Promise<void> {
    const { logger } = this.deps;
    if (!attempt.retry) {
      logger.info({ itemId: item.id, reason: attempt.reason, error: attempt.error }, 'outbox: send failed for good');
      return this.record(lease, failed(item, attempt.reason, attempt.error), { kind: 'failed', reason: attempt.reason, error: attempt.error });
    }
    if (attempt.throttled) this.onThrottled(attempt.retryAfterMs !== undefined);
    if (item.attempts >= this.options.maxAttempts) {
      logger.warn({ itemId: item.id, attempts: item.attempts, error: attempt.error }, 'outbox: giving up after the last attempt');
      return this.record(lease, failed(item, 'other', attempt.error), { kind: 'failed', reason: 'other', error: attempt.error });
    }
    const delay = backoffDelay(item.attempts, this.options.backoff, this.deps.random, attempt.retryAfterMs);
    logger.warn({ itemId: item.id, attempts: item.attempts, delayMs: delay, error: attempt.error }, 'outbox: send will be retried');
    return this.record(lease, retried(item, attempt.error, plusMs(this.deps.clock.now(), delay)));
  }

  /**
   * Writes the next state against the latest version of the claim (renewals included), once no renewal can run any
   * more; a claim lost meanwhile (taken over by another instance) is logged and nothing is written.
   */
  private async record(lease: ClaimLease, next: OutboxItem, outcome?: DispatchOutcome): Promise<void> {
    await lease.release();
    if (lease.lost) return this.lostBeforeWriting(next, next.state);
    let stored: Stored<OutboxItem>;
    try {
      stored = await this.deps.operations.outbox.update(next, lease.claim.version);
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      return this.lostBeforeWriting(next, next.state);
    }
    if (outcome) await this.report(stored, outcome);
    else this.stats.retried++;
  }

  private lostBeforeWriting(item: OutboxItem, state: OutboxItem['state']): void {
    this.stats.leaseLost++;
    this.deps.logger.warn({ itemId: item.id, state }, 'outbox: claim taken over by another instance; this attempt writes nothing more');
  }
}
