import { claimed, conversationKeyOf, failed, retried, sent, skipped } from '../../../../src/app/campaigns/dispatch/outbox-transitions.js';
import { claimableAt, isClaimable, selectClaimable } from '../../../../src/domain/campaigns/outbox-queue.js';
import { outboxItemSchema } from '../../../../src/domain/campaigns/outbox.schema.js';
import { T0, at, makeOutboxItem } from './support/outbox-factories.js';

const nowMs = Date.parse(T0);
const stored = { ...makeOutboxItem(1, { lastError: 'old' }), version: '4', createdAt: T0, updatedAt: T0 };

describe('selectClaimable', () => {
  const storedItem = (n: number, fields: Parameters<typeof makeOutboxItem>[1]) => ({ ...makeOutboxItem(n, fields), version: '1', createdAt: T0, updatedAt: T0 });

  it('puts due retries first, then the rest by when they became due, and says when the next one falls due', () => {
    const items = [
      storedItem(1, { notBefore: at(-30) }),
      storedItem(2, { notBefore: at(-5), attempts: 1 }),
      storedItem(3, { notBefore: at(-60) }),
      storedItem(4, { notBefore: at(90) }),
      storedItem(5, { state: 'sending', claimedBy: 'x', leaseUntil: at(-1), attempts: 1 }),
      storedItem(6, { state: 'sending', claimedBy: 'x', leaseUntil: at(40), attempts: 1 }),
      storedItem(7, { state: 'sent', notBefore: at(-90) }),
    ];
    const { items: due, nextAt } = selectClaimable(items, nowMs, 10);
    expect(due.map((i) => i.id)).toEqual(['dlv-2.q', 'dlv-5.q', 'dlv-3.q', 'dlv-1.q']);
    expect(nextAt).toBe(at(40));
    expect(selectClaimable(items, nowMs, 2).items.map((i) => i.id)).toEqual(['dlv-2.q', 'dlv-5.q']);
    expect(selectClaimable([items[6]!], nowMs, 10)).toEqual({ items: [], nextAt: undefined });
  });
});

describe('outbox transitions', () => {
  it('finds pending items due, and sending ones whose lease expired', () => {
    expect(isClaimable(makeOutboxItem(1, { notBefore: at(0) }), nowMs)).toBe(true);
    expect(isClaimable(makeOutboxItem(1, { notBefore: at(1) }), nowMs)).toBe(false);
    expect(isClaimable(makeOutboxItem(1, { state: 'sending', claimedBy: 'x', leaseUntil: at(-1) }), nowMs)).toBe(true);
    expect(isClaimable(makeOutboxItem(1, { state: 'sending', claimedBy: 'x', leaseUntil: at(60) }), nowMs)).toBe(false);
    expect(isClaimable(makeOutboxItem(1, { state: 'sent', notBefore: at(-60) }), nowMs)).toBe(false);
    expect(isClaimable(makeOutboxItem(1, { state: 'failed', notBefore: at(-60) }), nowMs)).toBe(false);
    expect(claimableAt(makeOutboxItem(1, { state: 'sending', leaseUntil: at(60) }))).toBe(nowMs + 60_000);
    expect(claimableAt(makeOutboxItem(1, { state: 'sent' }))).toBeUndefined();
  });

  it('claims with a lease and counts the attempt', () => {
    const next = claimed(stored, 'instance-a', at(120));
    expect(next).toMatchObject({ state: 'sending', claimedBy: 'instance-a', leaseUntil: at(120), attempts: 1, lastError: 'old' });
    expect(next).not.toHaveProperty('version');
    expect(outboxItemSchema.parse(next)).toEqual(next);
  });

  it('ends a claim as sent, retried or failed, dropping the claim', () => {
    const claim = claimed(stored, 'instance-a', at(120));
    const done = sent(claim, { activityId: '1:42', conversationId: 'a:c' }, at(1));
    expect(done).toMatchObject({ state: 'sent', sentAt: at(1), activityId: '1:42' });
    const again = retried(claim, '503 Service Unavailable', at(30));
    expect(again).toMatchObject({ state: 'pending', notBefore: at(30), lastError: '503 Service Unavailable', attempts: 1 });
    const lost = failed(claim, 'blocked', '403 MessageWritesBlocked');
    expect(lost).toMatchObject({ state: 'failed', failure: 'blocked', lastError: '403 MessageWritesBlocked' });
    for (const record of [done, again, lost]) {
      expect(record).not.toHaveProperty('claimedBy');
      expect(record).not.toHaveProperty('leaseUntil');
      expect(outboxItemSchema.parse(record)).toEqual(record);
    }
    expect(again).not.toHaveProperty('failure');
  });

  it('records a skip as a final state that says so', () => {
    const item = skipped(stored, 'already answered');
    expect(item).toMatchObject({ state: 'skipped', lastError: 'already answered' });
    expect(item.failure).toBeUndefined();
  });

  it('cuts an error to what the schema holds', () => {
    const record = failed(stored, 'other', 'x'.repeat(5_000));
    expect(record.lastError).toHaveLength(2_000);
    expect(outboxItemSchema.parse(record)).toEqual(record);
  });

  it("keys a message by the conversation it goes to: the digest's reference or the person's chat", () => {
    expect(conversationKeyOf(makeOutboxItem(1, { purpose: 'digest', personId: undefined, conversationRefId: 'team.t1' }))).toBe('ref:team.t1');
    expect(conversationKeyOf(makeOutboxItem(1))).toBe('person:pers-1');
    expect(conversationKeyOf(makeOutboxItem(1, { personId: undefined }))).toBe('item:dlv-1.q');
  });
});
