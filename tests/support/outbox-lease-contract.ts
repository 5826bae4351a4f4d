import { ConflictError, NotFoundError } from '../../src/domain/errors.js';
import type { OutboxItem } from '../../src/domain/campaigns/outbox.schema.js';
import { type Stored, withoutMeta } from '../../src/domain/entities/index.js';
import type { OutboxCollection } from '../../src/ports/operations.port.js';

const at = (minute: number): string => `2026-03-02T08:${String(minute).padStart(2, '0')}:00.000Z`;

/** A claim of dispatcher `by` until `leaseUntil`, as the dispatcher writes one. */
const claimOf = (n: number, by: string, leaseUntil: string, attempts = 1): OutboxItem => ({
  id: `obx-${n}`,
  purpose: 'questionnaire',
  campaignId: 'camp-a',
  deliveryId: `dlv-${n}`,
  personId: 'pers-a',
  state: 'sending',
  notBefore: at(0),
  attempts,
  claimedBy: by,
  leaseUntil,
  lastError: '429 Too Many Requests',
});

/** Any record (stored or not) as the domain's `withoutMeta` leaves it, to compare field by field. */
const dataOf = (record: object): Record<string, unknown> => withoutMeta(record as Stored<object>) as Record<string, unknown>;

/**
 * Lease renewal, as every outbox store must do it (run by describeOperationsContract against SQLite and SharePoint):
 * versioned like a claim, so a dispatcher that lost its item to another instance can neither extend nor overwrite it.
 */
export function describeOutboxLease(outbox: () => OutboxCollection): void {
  describe('outbox: lease renewal', () => {
    it('moves the lease of a claim and nothing else; the item is not claimable before the new lease ends', async () => {
      const claim = await outbox().create(claimOf(1, 'dispatch-a', at(10)));
      const renewed = await outbox().renewLease(claim, at(20));
      expect(renewed.version).not.toBe(claim.version);
      expect(dataOf(renewed)).toEqual({ ...dataOf(claim), leaseUntil: at(20) });
      expect(dataOf((await outbox().get('obx-1'))!)).toEqual(dataOf(renewed));
      // Past the old lease, before the new one: nothing to take over, and the next instant is the new lease's end.
      expect(await outbox().claimable(at(15), 10)).toEqual({ items: [], nextAt: at(20) });
      expect((await outbox().claimable(at(20), 10)).items.map((i) => i.id)).toEqual(['obx-1']);
      // Renewed again from the new version (a send in flight renews several times).
      expect((await outbox().renewLease(renewed, at(30))).leaseUntil).toBe(at(30));
    });

    it('refuses a renewal from a claim another instance took over, and keeps that instance’s claim', async () => {
      const mine = await outbox().create(claimOf(1, 'dispatch-a', at(10)));
      const taken = await outbox().update(claimOf(1, 'dispatch-b', at(40), 2), mine.version);
      const refused = outbox().renewLease(mine, at(20));
      await expect(refused).rejects.toBeInstanceOf(ConflictError);
      await expect(refused).rejects.toMatchObject({ current: expect.objectContaining({ claimedBy: 'dispatch-b', version: taken.version }) });
      expect(dataOf((await outbox().get('obx-1'))!)).toEqual(dataOf(taken));
    });

    it('fences the writes of the claim it replaced: the result is written against the renewed version only', async () => {
      const claim = await outbox().create(claimOf(1, 'dispatch-a', at(10)));
      const renewed = await outbox().renewLease(claim, at(20));
      const sent: OutboxItem = { ...dataOf(claim), state: 'sent', sentAt: at(12), activityId: '1:obx-1' } as OutboxItem;
      delete sent.claimedBy;
      delete sent.leaseUntil;
      await expect(outbox().update(sent, claim.version)).rejects.toBeInstanceOf(ConflictError);
      await expect(outbox().renewLease(claim, at(25))).rejects.toBeInstanceOf(ConflictError);
      expect((await outbox().update(sent, renewed.version)).state).toBe('sent');
    });

    it('says when the item is gone', async () => {
      const claim = await outbox().create(claimOf(1, 'dispatch-a', at(10)));
      await outbox().delete(claim.id, claim.version);
      await expect(outbox().renewLease(claim, at(20))).rejects.toBeInstanceOf(NotFoundError);
    });

    it('renews claims only: an item that is not sending has no lease, and nothing is written', async () => {
      const pending = await outbox().create({ ...claimOf(1, 'dispatch-a', at(10)), state: 'pending', claimedBy: undefined, leaseUntil: undefined });
      await expect(outbox().renewLease(pending, at(20))).rejects.toThrow(/no lease/);
      expect((await outbox().get('obx-1'))!.version).toBe(pending.version);
    });
  });
}
