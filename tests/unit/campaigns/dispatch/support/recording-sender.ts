import type { ComposeResult, DispatchOutcome } from '../../../../../src/app/campaigns/dispatch/dispatch.types.js';
import type { ConversationRef } from '../../../../../src/domain/campaigns/conversation.schema.js';
import type { OutboxItem } from '../../../../../src/domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../../../src/domain/entities/index.js';
import { SendFailure, type MessageSender, type OutgoingMessage, type SentMessage } from '../../../../../src/ports/messaging.port.js';
import { makeRef } from './outbox-factories.js';

/** One successful send, as the fake Teams saw it. */
export interface RecordedSend {
  itemId: string;
  refId: string;
  /** The test's time source reading when the request was made, when one was given. */
  at: number;
}

/**
 * The dispatcher's boundary, faked: records every send (the message text is the outbox item id, see `composeText`)
 * and fails on command, per item id.
 */
export class RecordingSender implements MessageSender {
  readonly sends: RecordedSend[] = [];
  /** Every call, failed ones included, by item id. */
  readonly calls: string[] = [];
  /** When each of `calls` was made (the test's time source). */
  readonly callTimes: number[] = [];
  private readonly failures = new Map<string, SendFailure[]>();
  private readonly always = new Map<string, SendFailure>();

  constructor(
    private readonly options: { now?: () => number; latency?: () => Promise<void>; onSend?: (send: RecordedSend) => void } = {},
  ) {}

  /** The next sends of `itemId` fail with these, in order. */
  failNext(itemId: string, ...failures: SendFailure[]): void {
    this.failures.set(itemId, [...(this.failures.get(itemId) ?? []), ...failures]);
  }

  /** Every send of `itemId` fails with this. */
  failAlways(itemId: string, failure: SendFailure): void {
    this.always.set(itemId, failure);
  }

  async send(ref: ConversationRef, message: OutgoingMessage): Promise<SentMessage> {
    const itemId = message.text ?? '?';
    const at = this.options.now?.() ?? 0;
    this.calls.push(itemId);
    this.callTimes.push(at);
    await (this.options.latency ?? yieldOnce)();
    const failure = this.failures.get(itemId)?.shift() ?? this.always.get(itemId);
    if (failure) throw failure;
    const send = { itemId, refId: ref.id, at };
    this.sends.push(send);
    this.options.onSend?.(send);
    return { activityId: `1:${this.sends.length}`, conversationId: ref.conversationId ?? `a:${ref.id}` };
  }

  update(): Promise<void> {
    return Promise.reject(new Error('update is not used by the dispatcher'));
  }

  /** How many times each item was sent successfully. */
  sendCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sends) counts.set(s.itemId, (counts.get(s.itemId) ?? 0) + 1);
    return counts;
  }
}

const yieldOnce = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A compose that sends the item id as text to the person's chat, unless `special` says otherwise for that item. */
export function composeText(special: Map<string, ComposeResult> = new Map()) {
  return (item: Stored<OutboxItem>): Promise<ComposeResult> =>
    Promise.resolve(special.get(item.id) ?? { kind: 'send', ref: makeRef(item.personId ?? 'nobody'), message: { text: item.id } });
}

/** An onOutcome that keeps what it was told. */
export function outcomeLog(): { outcomes: { itemId: string; outcome: DispatchOutcome }[]; onOutcome: (item: Stored<OutboxItem>, outcome: DispatchOutcome) => Promise<void> } {
  const outcomes: { itemId: string; outcome: DispatchOutcome }[] = [];
  return {
    outcomes,
    onOutcome: (item, outcome) => {
      outcomes.push({ itemId: item.id, outcome });
      return Promise.resolve();
    },
  };
}

/** Failures as the Bot Connector adapter raises them. */
export const failures = {
  throttled: (retryAfterMs?: number) => new SendFailure('throttled', 'Too Many Requests', 429, 'other', retryAfterMs),
  unavailable: () => new SendFailure('transient', 'Service Unavailable', 503),
  blocked: () => new SendFailure('final', 'MessageWritesBlocked', 403, 'blocked'),
  notFound: () => new SendFailure('final', 'Conversation not found', 404, 'recipient_not_found'),
};

/** A logger that keeps quiet but remembers warnings and errors. */
export function quietLogger(): { lines: { level: string; message?: string }[]; debug: Log; info: Log; warn: Log; error: Log } {
  const lines: { level: string; message?: string }[] = [];
  const keep = (level: string): Log => (_details, message) => void lines.push({ level, message });
  return { lines, debug: () => undefined, info: () => undefined, warn: keep('warn'), error: keep('error') };
}
type Log = (details: object, message?: string) => void;
