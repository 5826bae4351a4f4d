import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { ConflictError, NotFoundError } from '../../../domain/errors.js';
import type { Clock } from '../../../ports/clock.port.js';
import type { OutboxCollection } from '../../../ports/operations.port.js';
import type { DispatchLogger, DispatchStats } from './dispatch.types.js';
import type { TimeSource } from '../../../ports/time-source.port.js';

/** What a lease needs to renew itself. */
export interface LeaseDeps {
  outbox: Pick<OutboxCollection, 'renewLease'>;
  clock: Clock;
  time: TimeSource;
  logger: DispatchLogger;
  stats: DispatchStats;
  leaseMs: number;
  /** How long after the claim (or the last renewal) the lease is renewed. */
  renewEveryMs: number;
}

const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * The lease of one claim while its attempt runs: renewed every `renewEveryMs` (a versioned write, so a renewal made
 * after another instance took the item over is refused and the lease is marked lost). A send that ends sooner than
 * the first renewal costs no write at all. `release` stops the renewals and waits for one in progress, so the caller
 * then writes the result against the latest version, or not at all when the lease was lost.
 */
export class ClaimLease {
  private current: Stored<OutboxItem>;
  private lostTo: string | undefined;
  private readonly ended = new AbortController();
  private readonly renewing: Promise<void>;

  constructor(
    claim: Stored<OutboxItem>,
    private readonly deps: LeaseDeps,
  ) {
    this.current = claim;
    this.renewing = this.keepAlive();
  }

  /** The claim as last written by this instance (its version guards the result). */
  get claim(): Stored<OutboxItem> {
    return this.current;
  }

  /** True once another instance holds the item: nothing more may be sent or written for this claim. */
  get lost(): boolean {
    return this.lostTo !== undefined;
  }

  /** Stops renewing; resolves once no renewal is in progress. */
  async release(): Promise<void> {
    this.ended.abort();
    await this.renewing;
  }

  private async keepAlive(): Promise<void> {
    const { time, renewEveryMs } = this.deps;
    const signal = this.ended.signal;
    for (;;) {
      await time.sleep(renewEveryMs, signal);
      if (signal.aborted || this.lost) return;
      await this.renew();
    }
  }

  private async renew(): Promise<void> {
    const { outbox, clock, leaseMs, logger, stats } = this.deps;
    const claim = this.current;
    try {
      this.current = await outbox.renewLease(claim, plusMs(clock.now(), leaseMs));
      stats.renewed++;
    } catch (err) {
      if (err instanceof ConflictError && this.isStillOurs(err.current)) {
        // An earlier renewal went through although its answer was lost (a timeout): that record is ours.
        this.current = err.current;
        return this.renew();
      }
      if (err instanceof ConflictError || err instanceof NotFoundError) {
        this.lostTo = err instanceof ConflictError ? ((err.current as Partial<OutboxItem> | undefined)?.claimedBy ?? 'unknown') : 'deleted';
        logger.warn({ itemId: claim.id, takenBy: this.lostTo }, 'outbox: lease lost while the send was in flight; its result will not be written');
        return;
      }
      // The store did not answer: the lease still runs until its end, and the next renewal tries again.
      logger.warn({ err, itemId: claim.id }, 'outbox: renewing a lease failed, trying again at the next renewal');
    }
  }

  /** The same claim, written by an earlier renewal of ours: same instance, same attempt, still sending. */
  private isStillOurs(current: unknown): current is Stored<OutboxItem> {
    const item = current as Partial<Stored<OutboxItem>> | undefined;
    const claim = this.current;
    return (
      item?.state === 'sending' && item.claimedBy === claim.claimedBy && item.attempts === claim.attempts && typeof item.version === 'string' && item.version !== claim.version
    );
  }
}
