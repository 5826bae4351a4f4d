import type { ConversationRef } from '../domain/campaigns/conversation.schema.js';
import type { DeliveryFailure } from '../domain/campaigns/delivery-states.js';

/** What the bot sends: an Adaptive Card (as JSON) and/or text. */
export interface OutgoingMessage {
  /** An Adaptive Card 1.5 object (our cards are built by bot/cards). */
  card?: object;
  text?: string;
}

/** Where a message landed: what the card needs to be updated in place later. */
export interface SentMessage {
  activityId: string;
  conversationId: string;
}

/**
 * Why a send failed, as the dispatcher needs to know it:
 * - `throttled` (429) and `transient` (412, 502, 503, 504, network) are retried with back-off (`retryAfterMs` when
 *   the service said how long);
 * - `final` failures (403 blocked, 404 not found, 413 too large, other 4xx) are recorded with their reason.
 */
export class SendFailure extends Error {
  constructor(
    readonly kind: 'throttled' | 'transient' | 'final',
    message: string,
    readonly status?: number,
    readonly reason: DeliveryFailure = 'other',
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** Sends proactive messages through Teams. Implementations raise SendFailure, never transport-specific errors. */
export interface MessageSender {
  /**
   * Sends to the conversation of `ref`: a personal chat (opened first with the user's `29:` id when the reference
   * has none yet) or the digest channel of a team.
   */
  send(ref: ConversationRef, message: OutgoingMessage): Promise<SentMessage>;
  /** Replaces a message sent earlier (a card updated in place). */
  update(ref: ConversationRef, activityId: string, message: OutgoingMessage): Promise<void>;
}
