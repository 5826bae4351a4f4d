import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { ConflictError, NotFoundError } from '../../../domain/errors.js';
import { AttemptRunner, plusMs, type BudgetUse } from './attempt-runner.js';
import { resolveDispatchOptions, type DispatchOptions } from './dispatch-options.js';
import { emptyStats, statsSince, type DispatchDeps, type DispatchStats } from './dispatch.types.js';
import { KeyedRateLimiter } from './keyed-rate-limiter.js';
import { claimed, conversationKeyOf, failed } from './outbox-transitions.js';
import { SlidingWindowLimiter, perSecondWindows } from './rate-limiter.js';
import { Semaphore } from './semaphore.js';
import type { TimeSource } from '../../../ports/time-source.port.js';

/** What one pass over the outbox found. */
interface PassResult {
  /** Items this pass claimed or gave up on (state changed by this instance). */
  changed: number;
  /** Due items held back by their conversation's limits, and in how many ms the first one may go. */
  heldBackMs?: number;
  /** In how many ms the next item not yet due becomes due (notBefore, or another instance's lease ending). */
  nextDueInMs?: number;
}

const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);

/**
 * Share of the pace that calls refused with a 429 saying when to come back may give back. Teams does not say whether
 * a refused call counts against the tenant's budget; giving its slot back keeps the pace when a few messages are
 * refused, and the cap keeps a service refusing everything from being called much faster than the pace.
 */
const REFUNDABLE_SHARE = 0.2;

/**
 * A pass stops claiming after this long, or after ten times what reading the outbox took (a slow store is not read
 * more than a tenth of the time), and the next one reads the outbox again: retries falling due during a long send
 * (thousands of cards) go out on time instead of after the last first card.
 */
const PASS_MS = 500;
const PASS_PER_READ = 10;
/** A pass reads at most this many seconds' worth of sends at the instance's pace (and at least MIN_PASS_ITEMS). */
const PASS_READ_SECONDS = 2;
const MIN_PASS_ITEMS = 50;

/**
 * The durable outbox dispatcher: claims due outbox items (a versioned update, so that two instances never send the
 * same one), paces the sends (per instance and per conversation), retries throttled and transient failures with
 * back-off, records each result on the item and reports final outcomes to the campaign service.
 *
 * ```ts
 * const dispatcher = new OutboxDispatcher({ operations, sender, clock, logger, compose, onOutcome }, { ratePerSecond: 30 });
 * dispatcher.start();            // the server; campaignService gets `dispatcher.wake`
 * await dispatcher.stop();       // on shutdown: nothing left in `sending`
 * await dispatcher.drain();      // tests: everything due now, then resolves with the counts
 * ```
 */
export class OutboxDispatcher {
  /** The options in force (defaults filled in). */
  readonly options: DispatchOptions;
  private readonly time: TimeSource;
  private readonly global: SlidingWindowLimiter;
  /** Slots given back after a 429, capped at REFUNDABLE_SHARE of the pace. */
  private readonly refunds: SlidingWindowLimiter;
  private readonly conversations: KeyedRateLimiter;
  private readonly slots: Semaphore;
  private readonly runner: AttemptRunner;
  private readonly counters = emptyStats();
  private readonly inFlight = new Set<Promise<void>>();
  private passes: Promise<unknown> = Promise.resolve();
  private stopController = new AbortController();
  private wakeController = new AbortController();
  private wakeRequested = false;
  private polling?: Promise<void>;
  /** Bumped each time an item this instance works on changes state: a pass that saw none may be out of date. */
  private changes = 0;

  constructor(
    private readonly deps: DispatchDeps,
    options: Partial<DispatchOptions> = {},
  ) {
    this.options = resolveDispatchOptions(options, deps.ids);
    this.time = deps.time;
    const now = (): number => this.time.now();
    this.global = new SlidingWindowLimiter(perSecondWindows(this.options.ratePerSecond), now);
    // A restarted instance (or one replacing another) keeps the pace rather than opening with a whole second's burst.
    this.global.primeAtSteadyPace();
    this.refunds = new SlidingWindowLimiter(perSecondWindows(Math.max(1, this.options.ratePerSecond * REFUNDABLE_SHARE)), now);
    this.conversations = new KeyedRateLimiter(this.options.conversationLimits, now);
    this.slots = new Semaphore(this.options.concurrency);
    const { factor, durationMs } = this.options.throttleSlowdown;
    // A 429 that says when to come back delays that message only (its conversation's limits hold the rest); one that
    // does not say is read as the tenant being over budget: the whole pace slows for a while.
    this.runner = new AttemptRunner({ ...deps, random: deps.random ?? Math.random, time: this.time }, this.options, this.counters, (saidWhen) => {
      if (!saidWhen) this.global.slowDown(factor, durationMs);
    });
  }

  /** Starts polling the outbox (every `pollIntervalMs`, sooner when something becomes due or on `wake`). */
  start(): void {
    if (this.polling) return;
    if (this.stopController.signal.aborted) this.stopController = new AbortController();
    this.polling = this.poll();
  }

  /** Looks at the outbox now (the campaign service calls it after queuing; bound, so it can be passed as is). No effect unless started. */
  readonly wake = (): void => {
    this.wakeRequested = true;
    this.wakeController.abort();
  };

  /**
   * Stops gracefully: no new claim, and resolves once every claimed item is recorded (sent, pending again or failed),
   * so nothing is left in `sending`. Drains in progress end too. `start` may be called again afterwards.
   */
  async stop(): Promise<void> {
    this.stopController.abort();
    await this.polling;
    this.polling = undefined;
    await this.settled();
  }

  /** Sends everything due now and resolves when nothing is due (items scheduled later stay pending). For tests. */
  drain(): Promise<DispatchStats> {
    return this.runUntilIdle({ withinMs: 0 });
  }

  /**
   * Runs until no item is due within `withinMs` (default one minute): waits for retries and items scheduled that soon.
   * Resolves with what happened meanwhile (a bench counts the sends with it); at once on a stopped dispatcher.
   */
  async runUntilIdle({ withinMs = 60_000 }: { withinMs?: number } = {}): Promise<DispatchStats> {
    const before = this.stats();
    const stop = this.stopController.signal;
    while (!stop.aborted) {
      const changesBefore = this.changes;
      const pass = await this.exclusivePass();
      await this.settled();
      if (pass.changed > 0 || this.changes !== changesBefore) continue;
      const scheduled = pass.nextDueInMs !== undefined && pass.nextDueInMs <= withinMs ? pass.nextDueInMs : Infinity;
      const wait = Math.min(pass.heldBackMs ?? Infinity, scheduled);
      if (wait === Infinity) break;
      await this.time.sleep(Math.max(1, wait), stop);
    }
    return statsSince(before, this.stats());
  }

  /** Counters since creation. */
  stats(): DispatchStats {
    return { ...this.counters };
  }

  private async poll(): Promise<void> {
    const stop = this.stopController.signal;
    while (!stop.aborted) {
      this.wakeRequested = false;
      let wait = this.options.pollIntervalMs;
      try {
        const pass = await this.exclusivePass();
        if (pass.changed > 0) continue;
        wait = Math.min(wait, pass.heldBackMs ?? Infinity, pass.nextDueInMs ?? Infinity);
      } catch (err) {
        this.deps.logger.error({ err }, 'outbox: pass failed, trying again later');
      }
      if (this.wakeRequested || stop.aborted) continue;
      this.wakeController = new AbortController();
      await this.time.sleep(Math.max(1, wait), AbortSignal.any([stop, this.wakeController.signal]));
    }
  }

  /** One pass at a time per instance (the poll loop and a drain may overlap). */
  private exclusivePass(): Promise<PassResult> {
    const run = this.passes.then(() => this.pass());
    this.passes = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads what is due once (due retries first: a message refused once may be refused again, and each refusal makes
   * it wait), then claims the items one by one as the limits allow, for at most PASS_MS.
   */
  private async pass(): Promise<PassResult> {
    const stop = this.stopController.signal;
    const now = this.deps.clock.now();
    const readFrom = this.time.now();
    const limit = Math.max(MIN_PASS_ITEMS, Math.ceil(this.options.ratePerSecond * PASS_READ_SECONDS));
    const { items: due, nextAt } = await this.deps.operations.outbox.claimable(now, limit);
    const passEnds = this.time.now() + Math.max(PASS_MS, PASS_PER_READ * (this.time.now() - readFrom));

    let changed = 0;
    let heldBack = Infinity;
    for (const item of due) {
      if (stop.aborted) break;
      if (this.time.now() >= passEnds && changed > 0) break;
      if (item.attempts >= this.options.maxAttempts) {
        if (await this.giveUp(item)) changed++;
        continue;
      }
      const key = conversationKeyOf(item);
      const conversationWait = this.conversations.delay(key);
      if (conversationWait > 0) {
        heldBack = Math.min(heldBack, conversationWait);
        continue;
      }
      if (!(await this.globalSlot(stop))) break;
      await this.slots.acquire();
      let claim: Stored<OutboxItem> | undefined;
      try {
        claim = stop.aborted ? undefined : await this.claim(item);
      } catch (err) {
        this.slots.release();
        throw err;
      }
      if (!claim) {
        this.slots.release();
        continue;
      }
      changed++;
      const budgetAt = this.global.record();
      this.conversations.record(key);
      this.track(claim, budgetAt);
    }
    return { changed, heldBackMs: finite(heldBack), nextDueInMs: nextAt === undefined ? undefined : Date.parse(nextAt) - Date.parse(now) };
  }

  /** Waits until the instance's pace allows one more send; false if stopped meanwhile. */
  private async globalSlot(stop: AbortSignal): Promise<boolean> {
    for (let wait = this.global.delay(); wait > 0; wait = this.global.delay()) {
      await this.time.sleep(wait, stop);
      if (stop.aborted) return false;
    }
    return !stop.aborted;
  }

  /** Claims the item for this instance; undefined when another instance changed it first (its claim won). */
  private async claim(item: Stored<OutboxItem>): Promise<Stored<OutboxItem> | undefined> {
    const now = this.deps.clock.now();
    try {
      const stored = await this.deps.operations.outbox.update(claimed(item, this.options.instanceId, plusMs(now, this.options.leaseMs)), item.version);
      this.counters.claimed++;
      if (item.state === 'sending') this.deps.logger.warn({ itemId: item.id, previous: item.claimedBy }, 'outbox: taking over an expired claim');
      return stored;
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      this.counters.conflicts++;
      this.deps.logger.debug({ itemId: item.id }, 'outbox: claimed by another instance');
      return undefined;
    }
  }

  /** Fails an item whose attempts ran out before it could be claimed again (a crash mid-send, a lowered maxAttempts). */
  private async giveUp(item: Stored<OutboxItem>): Promise<boolean> {
    const error = item.lastError ?? `No result recorded after ${item.attempts} attempts`;
    let stored: Stored<OutboxItem>;
    try {
      stored = await this.deps.operations.outbox.update(failed(item, 'other', error), item.version);
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      this.counters.conflicts++;
      return false;
    }
    this.changes++;
    await this.runner.report(stored, { kind: 'failed', reason: 'other', error });
    return true;
  }

  /** Runs the attempt in the background; its slot is given back when it is recorded. */
  private track(claim: Stored<OutboxItem>, budgetAt: number): void {
    const attempt = this.runner
      .run(claim)
      .then((use) => this.settleBudget(budgetAt, use))
      .catch((err: unknown) => this.deps.logger.error({ err, itemId: claim.id }, 'outbox: recording the attempt failed, the lease will expire'))
      .finally(() => {
        this.changes++;
        this.slots.release();
        this.inFlight.delete(attempt);
      });
    this.inFlight.add(attempt);
  }

  /** Counts a finished attempt in the pace from the moment it ended, or not at all when no call counted. */
  private settleBudget(at: number, use: BudgetUse): void {
    if (use === 'none') return this.global.forget(at);
    if (use === 'refused' && this.refunds.delay() === 0) {
      this.refunds.record();
      return this.global.forget(at);
    }
    this.global.settle(at);
  }

  private async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }
}
