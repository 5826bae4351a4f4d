import type { ConversationRef } from '../../../../../src/domain/campaigns/conversation.schema.js';
import type { OutboxItem } from '../../../../../src/domain/campaigns/outbox.schema.js';

/** The demo's "today" at 9:00 UTC: the fixed clock's default. */
export const T0 = '2026-11-27T09:00:00.000Z';

/** An ISO instant `seconds` after T0. */
export const at = (seconds: number): string => new Date(Date.parse(T0) + seconds * 1000).toISOString();

/** A pending questionnaire message for person `pers-<n>`, due at T0; override any field. */
export function makeOutboxItem(n: number, overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: `dlv-${n}.q`,
    purpose: 'questionnaire',
    campaignId: 'camp-1',
    deliveryId: `dlv-${n}`,
    personId: `pers-${n}`,
    state: 'pending',
    notBefore: T0,
    attempts: 0,
    ...overrides,
  };
}

/** `count` pending items numbered from 1. */
export const makeOutboxItems = (count: number, overrides: Partial<OutboxItem> = {}): OutboxItem[] =>
  Array.from({ length: count }, (_, i) => makeOutboxItem(i + 1, overrides));

/** The personal conversation reference of a person. */
export function makeRef(personId: string): ConversationRef {
  return {
    id: `personal.${personId}`,
    scope: 'personal',
    tenantId: 'tenant-1',
    serviceUrl: 'https://smba.trafficmanager.net/fr/',
    conversationId: `a:conv-${personId}`,
    botId: '28:bot',
    userId: `29:${personId}`,
    personId,
    installedAt: T0,
  };
}
