import { z } from 'zod';
import { idSchema, longText } from '../entities/common.schema.js';
import { MAX_DELIVERY_ATTEMPTS } from './delivery.schema.js';
import { DELIVERY_FAILURES } from './delivery-states.js';

/** What an outbox message carries: the questionnaire card, a reminder, or the weekly digest of a channel. */
export const OUTBOX_PURPOSES = ['questionnaire', 'reminder', 'digest'] as const;
/** Why a message is in the outbox. */
export type OutboxPurpose = (typeof OUTBOX_PURPOSES)[number];

/**
 * pending: waiting for `notBefore`; sending: claimed by one dispatcher until `leaseUntil`; sent, failed and skipped
 * (nothing to send any more: answered before a reminder, campaign closed) are final.
 * A claim is a versioned update, so two dispatchers (two server instances) never both win the same message.
 */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
/** Where an outbox message stands. */
export type OutboxState = (typeof OUTBOX_STATES)[number];

const instant = z.iso.datetime();

/**
 * Outbox message (message à envoyer): one step of one delivery (the card, each reminder) or one digest. Its id is
 * derived from what it sends (`<deliveryId>.q`, `<deliveryId>.r-3`), so queuing the same step twice is refused by
 * the store as a duplicate instead of sending twice.
 */
export const outboxItemSchema = z.strictObject({
  id: idSchema,
  purpose: z.enum(OUTBOX_PURPOSES),
  campaignId: idSchema.optional(),
  deliveryId: idSchema.optional(),
  /** The recipient (deliveries) — digests go to a conversation instead. */
  personId: idSchema.optional(),
  /** The conversation reference a digest goes to. */
  conversationRefId: idSchema.optional(),
  /** Reminder offset from the deadline, in days. */
  reminderOffset: z.number().int().min(-30).max(30).optional(),
  state: z.enum(OUTBOX_STATES),
  /** Not sent before this instant (opening date, reminder date, retry back-off). */
  notBefore: instant,
  attempts: z.number().int().min(0).max(MAX_DELIVERY_ATTEMPTS).default(0),
  /** The dispatcher that holds the claim, and until when; an expired lease may be claimed again. */
  claimedBy: z.string().max(100).optional(),
  leaseUntil: instant.optional(),
  lastError: longText(2000).optional(),
  failure: z.enum(DELIVERY_FAILURES).optional(),
  sentAt: instant.optional(),
  /** The Teams id of the activity sent. */
  activityId: z.string().min(1).max(256).optional(),
});
/** One message waiting for, being, or done being sent. */
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/**
 * The outbox id of a delivery's step: the card itself (`.q`, `.q2` when a relaunch sends it again after a failure),
 * a scheduled reminder at `offset` days from the deadline (`.r-3`) or the n-th manual relaunch (`.n1`).
 */
export function outboxIdOf(deliveryId: string, step: { reminderOffset?: number; resend?: number; nudge?: number } = {}): string {
  if (step.reminderOffset !== undefined) return `${deliveryId}.r${step.reminderOffset}`;
  if (step.nudge !== undefined) return `${deliveryId}.n${step.nudge}`;
  return step.resend ? `${deliveryId}.q${step.resend}` : `${deliveryId}.q`;
}
