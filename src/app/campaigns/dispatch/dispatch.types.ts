import type { ConversationRef } from '../../../domain/campaigns/conversation.schema.js';
import type { DeliveryFailure } from '../../../domain/campaigns/delivery-states.js';
import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import type { Clock, IdGenerator } from '../../../ports/clock.port.js';
import type { MessageSender, OutgoingMessage, SentMessage } from '../../../ports/messaging.port.js';
import type { OperationsStore } from '../../../ports/operations.port.js';
import type { TimeSource } from '../../../ports/time-source.port.js';

/** What to do with a claimed outbox item, as the campaign service decides it. */
export type ComposeResult =
  | { kind: 'send'; ref: ConversationRef; message: OutgoingMessage }
  /** Nothing to send any more (answered before the reminder, campaign closed…): the item ends without a message. */
  | { kind: 'skip'; reason: string }
  /** The message cannot be sent at all (no conversation reference: the app is not installed…). */
  | { kind: 'fail'; reason: DeliveryFailure; message: string };

/** How an outbox item ended: reported once, after the item was recorded. Retries are not outcomes. */
export type DispatchOutcome =
  | { kind: 'sent'; sent: SentMessage; at: string }
  | { kind: 'failed'; reason: DeliveryFailure; error: string }
  | { kind: 'skipped'; reason: string };

type LogFn = (details: object, message?: string) => void;

/** The part of a pino logger the dispatcher uses. */
export interface DispatchLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/** What the dispatcher works with. */
export interface DispatchDeps {
  /** Only the outbox collection is read and written. */
  operations: Pick<OperationsStore, 'outbox'>;
  sender: MessageSender;
  /** Stamps records and decides what is due (`notBefore`, leases). */
  clock: Clock;
  logger: DispatchLogger;
  /** Builds the message of an item (card, reference) or says why not to send it. Throwing counts as a transient error. */
  compose(item: Stored<OutboxItem>): Promise<ComposeResult>;
  /** Called once per item that ended (sent, failed for good, skipped), after the outbox item was recorded. */
  onOutcome(item: Stored<OutboxItem>, outcome: DispatchOutcome): Promise<void>;
  /** Rate limits and pauses: the system's monotonic clock and timers (src/adapters/system), a fake in tests. */
  time: TimeSource;
  /** Names this instance in `claimedBy` when the options give no `instanceId`. */
  ids: IdGenerator;
  /** Jitter source in [0, 1); Math.random by default. */
  random?: () => number;
}

/** Counters since the dispatcher was created (a bench reads them, `drain` returns the difference). */
export interface DispatchStats {
  /** Items this instance claimed (each claim is one send attempt, or one compose that skipped or failed). */
  claimed: number;
  sent: number;
  failed: number;
  skipped: number;
  /** Attempts that ended back in `pending` for a later retry. */
  retried: number;
  /** Claims lost to another instance (normal when several run). */
  conflicts: number;
  /** Leases of sends in flight extended (a send slower than a third of the lease). */
  renewed: number;
  /**
   * Claims taken over by another instance before this one recorded the result (a renewal refused, or the lease ran
   * out while the process stalled): the result was not written, and the send was not made if it had not started.
   */
  leaseLost: number;
  /** onOutcome calls that threw (logged; the outbox item is recorded regardless). */
  outcomeErrors: number;
}

/** A zeroed set of counters. */
export function emptyStats(): DispatchStats {
  return { claimed: 0, sent: 0, failed: 0, skipped: 0, retried: 0, conflicts: 0, renewed: 0, leaseLost: 0, outcomeErrors: 0 };
}

/** What happened between two readings of the counters. */
export function statsSince(before: DispatchStats, after: DispatchStats): DispatchStats {
  const delta = emptyStats();
  for (const key of Object.keys(delta) as (keyof DispatchStats)[]) delta[key] = after[key] - before[key];
  return delta;
}
