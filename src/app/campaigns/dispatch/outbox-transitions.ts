import type { DeliveryFailure } from '../../../domain/campaigns/delivery-states.js';
import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import type { SentMessage } from '../../../ports/messaging.port.js';

const MAX_ERROR_LENGTH = 2_000;

/** The record without its store metadata nor the fields of a claim or an outcome: the base of every next state. */
function base(item: OutboxItem): OutboxItem {
  const {
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    claimedBy: _by,
    leaseUntil: _lease,
    failure: _failure,
    ...rest
  } = item as Stored<OutboxItem>;
  return rest;
}

const errorText = (text: string): string => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/** The item claimed by `instanceId` until `leaseUntil`; the claim counts as one attempt (a crash mid-send counts too). */
export function claimed(item: OutboxItem, instanceId: string, leaseUntil: string): OutboxItem {
  return { ...base(item), state: 'sending', attempts: item.attempts + 1, claimedBy: instanceId, leaseUntil };
}

/** Sent: final, with the Teams activity id. */
export function sent(item: OutboxItem, message: SentMessage, at: string): OutboxItem {
  return { ...base(item), state: 'sent', sentAt: at, activityId: message.activityId };
}

/** Back to pending until `notBefore`, the error kept. */
export function retried(item: OutboxItem, error: string, notBefore: string): OutboxItem {
  return { ...base(item), state: 'pending', notBefore, lastError: errorText(error) };
}

/** Failed for good, with the reason and the error. */
export function failed(item: OutboxItem, reason: DeliveryFailure, error: string): OutboxItem {
  return { ...base(item), state: 'failed', failure: reason, lastError: errorText(error) };
}

/** Skipped: nothing was sent and nothing will be (answered before the reminder, campaign closed); the reason kept. */
export function skipped(item: OutboxItem, reason: string): OutboxItem {
  return { ...base(item), state: 'skipped', lastError: errorText(reason) };
}

/** The key of the conversation an item goes to, for the per-conversation limits: a digest's reference, or the person's chat. */
export function conversationKeyOf(item: OutboxItem): string {
  if (item.conversationRefId) return `ref:${item.conversationRefId}`;
  if (item.personId) return `person:${item.personId}`;
  return `item:${item.id}`;
}
