import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { ConflictError, NotFoundError } from '../../../domain/errors.js';
import type { SentMessage } from '../../../ports/messaging.port.js';
import { backoffDelay } from './backoff.js';
import type { DispatchOptions } from './dispatch-options.js';
import type { ComposeResult, DispatchDeps, DispatchOutcome, DispatchStats } from './dispatch.types.js';
import { failed, retried, sent, skipped } from './outbox-transitions.js';
import { attemptErrorOf, type AttemptError } from './send-errors.js';

/**
 * What an attempt used of the instance's sending budget: no call (composing skipped, failed or threw), a call
 * refused with a 429 that said when to come back (about that message), or any other call.
 */
export type BudgetUse = 'none' | 'refused' | 'counted';

/** An ISO instant `ms` after `iso`. */
export const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Carries one claimed item to its next state: compose, send, then record the result on the item (sent, failed,
 * or pending again with a back-off) with a versioned update against the claim, and report final outcomes.
 */
export class AttemptRunner {
  constructor(
    private readonly deps: DispatchDeps & { random: () => number },
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
    let composed: ComposeResult;
    try {
      composed = await this.deps.compose(item);
    } catch (err) {
      await this.afterError(item, attemptErrorOf(err));
      return 'none';
    }
    if (composed.kind === 'skip') {
      await this.record(item, skipped(item, composed.reason), { kind: 'skipped', reason: composed.reason });
      return 'none';
    }
    if (composed.kind === 'fail') {
      await this.record(item, failed(item, composed.reason, composed.message), { kind: 'failed', reason: composed.reason, error: composed.message });
      return 'none';
    }

    let message: SentMessage;
    try {
      message = await this.deps.sender.send(composed.ref, composed.message);
    } catch (err) {
      const attempt = attemptErrorOf(err);
      await this.afterError(item, attempt);
      return attempt.retry && attempt.throttled && attempt.retryAfterMs !== undefined ? 'refused' : 'counted';
    }
    const at = this.deps.clock.now();
    await this.record(item, sent(item, message, at), { kind: 'sent', sent: message, at });
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

  private afterError(item: Stored<OutboxItem>, attempt: AttemptError): Promise<void> {
    const { logger } = this.deps;
    if (!attempt.retry) {
      logger.info({ itemId: item.id, reason: attempt.reason, error: attempt.error }, 'outbox: send failed for good');
      return this.record(item, failed(item, attempt.reason, attempt.error), { kind: 'failed', reason: attempt.reason, error: attempt.error });
    }
    if (attempt.throttled) this.onThrottled(attempt.retryAfterMs !== undefined);
    if (item.attempts >= this.options.maxAttempts) {
      logger.warn({ itemId: item.id, attempts: item.attempts, error: attempt.error }, 'outbox: giving up after the last attempt');
      return this.record(item, failed(item, 'other', attempt.error), { kind: 'failed', reason: 'other', error: attempt.error });
    }
    const delay = backoffDelay(item.attempts, this.options.backoff, this.deps.random, attempt.retryAfterMs);
    logger.warn({ itemId: item.id, attempts: item.attempts, delayMs: delay, error: attempt.error }, 'outbox: send will be retried');
    return this.record(item, retried(item, attempt.error, plusMs(this.deps.clock.now(), delay)));
  }

  /** Writes the next state against the claim's version; a lost claim (lease expired and taken over) is logged. */
  private async record(claim: Stored<OutboxItem>, next: OutboxItem, outcome?: DispatchOutcome): Promise<void> {
    let stored: Stored<OutboxItem>;
    try {
      stored = await this.deps.operations.outbox.update(next, claim.version);
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      this.stats.leaseLost++;
      this.deps.logger.warn({ itemId: claim.id, state: next.state }, 'outbox: claim lost before the result was recorded (lease too short?)');
      return;
    }
    if (outcome) await this.report(stored, outcome);
    else this.stats.retried++;
  }
}
