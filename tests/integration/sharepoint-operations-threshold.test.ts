import { operationFields } from '../../src/adapters/sharepoint/operations/operation-codec.js';
import { selectClaimable } from '../../src/domain/campaigns/outbox-queue.js';
import type { OperationMap } from '../../src/ports/operations.port.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const AT = '2026-03-02T08:00:00.000Z';
const minute = (n: number): string => new Date(Date.parse(AT) + n * 60_000).toISOString();

const delivery = (id: string, campaignId: string, personId: string, state: OperationMap['delivery']['state']): OperationMap['delivery'] => ({
  id,
  campaignId,
  personId,
  state,
  attempts: 1,
  currentStep: 0,
  cardVersion: 1,
  sentAt: '2026-03-02T08:01:00.000Z',
});

const message = (n: number, fields: Partial<OperationMap['outbox']>): OperationMap['outbox'] => ({
  id: `obx-${n}`,
  purpose: 'questionnaire',
  campaignId: 'camp-big',
  deliveryId: `del-${n}`,
  personId: `pers-${n}`,
  state: 'pending',
  notBefore: AT,
  attempts: 0,
  ...fields,
});

/**
 * One campaign's outbox as it stands mid-send: 300 sent, 120 due at the opening (ties on the instant), due retries,
 * expired and live claims, 200 reminders queued for later; 700 items, seven times the lowered threshold.
 */
function campaignOutbox(): OperationMap['outbox'][] {
  return Array.from({ length: 700 }, (_, n) => {
    if (n < 300) return message(n, { state: 'sent', sentAt: minute(1), activityId: `1:${n}`, attempts: 1 });
    if (n < 420) return message(n, { notBefore: minute(n % 3) });
    if (n < 440) return message(n, { notBefore: minute(n % 7), attempts: 1 + (n % 2), lastError: '429 Too Many Requests' });
    if (n < 460) return message(n, { state: 'sending', attempts: 1, claimedBy: 'dispatch-a', leaseUntil: minute(n % 10) });
    if (n < 500) return message(n, { state: 'sending', attempts: 1, claimedBy: 'dispatch-b', leaseUntil: minute(30 + (n % 5)) });
    return message(n, { purpose: 'reminder', reminderOffset: -3, notBefore: minute(60 * 24 * (1 + (n % 4)) + n) });
  });
}

const seedRows = <K extends 'delivery' | 'outbox'>(kind: K, records: OperationMap[K][]) =>
  records.map((record, n) => operationFields(kind, record, { createdAt: AT, updatedAt: AT, writeToken: `seed-${n}` }, 'create'));

// The threshold is lowered to 100 so that the lists pass it with hundreds of items; the rule is SharePoint's at 5,000.
describe('SharePoint operations: queries on a list past the list view threshold', () => {
  let site: ProvisionedEmulator;
  beforeAll(async () => {
    site = await startProvisionedEmulator({ listViewThreshold: 100 });
    const deliveries = [
      ...Array.from({ length: 300 }, (_, i) => delivery(`del-old-${i}`, 'camp-old', `pers-${i}`, i % 10 === 0 ? 'late' : 'sent')),
      delivery('del-new-1', 'camp-new', 'pers-1', 'sent'),
      delivery('del-new-2', 'camp-new', 'pers-2', 'sent'),
      delivery('del-new-3', 'camp-new', 'pers-3', 'queued'),
    ];
    await site.emulator.seedItems('Envois', seedRows('delivery', deliveries));
    await site.emulator.seedItems('Boîte d’envoi', seedRows('outbox', campaignOutbox()));
  });
  afterAll(() => site.close());

  it('narrows with the most selective index first, whatever order the query names them in', async () => {
    const store = await site.open();
    const sent = await store.operations.delivery.find({ state: 'sent', campaignId: 'camp-new' });
    expect(sent.map((d) => d.id)).toEqual(['del-new-1', 'del-new-2']);
    expect((await store.operations.delivery.find({ state: 'sent', personId: 'pers-7' })).map((d) => d.id)).toEqual(['del-old-7']);
    expect((await store.operations.delivery.find({ campaignId: 'camp-new' })).map((d) => d.id)).toEqual(['del-new-1', 'del-new-2', 'del-new-3']);
    await store.close();
  });

  it('reads every delivery and outbox message of a campaign larger than the threshold, lane by lane, in creation order', async () => {
    const store = await site.open();
    const all = await store.operations.delivery.find();
    expect(all).toHaveLength(303);
    const old = await store.operations.delivery.find({ campaignId: 'camp-old' });
    expect(old.map((d) => d.id)).toEqual(all.filter((d) => d.campaignId === 'camp-old').map((d) => d.id));
    expect(old).toHaveLength(300);
    const late = await store.operations.delivery.find({ campaignId: 'camp-old', state: 'late' });
    expect(late.map((d) => d.id)).toEqual(Array.from({ length: 30 }, (_, i) => `del-old-${i * 10}`));
    const outbox = await store.operations.outbox.find({ campaignId: 'camp-big' });
    expect(outbox.map((m) => m.id)).toEqual(campaignOutbox().map((m) => m.id));
    expect((await store.operations.outbox.find({ campaignId: 'camp-big', state: 'sending' })).map((m) => m.id)).toEqual(
      campaignOutbox().filter((m) => m.state === 'sending').map((m) => m.id),
    );
    await store.close();
  });

  it('still refuses, as SharePoint does, a query whose only narrowing matches more than the threshold', async () => {
    const store = await site.open();
    await expect(store.operations.delivery.find({ state: 'sent' })).rejects.toThrow(/422/);
    await store.close();
  });

  it('answers claimable as selectClaimable chooses from the whole outbox, at any instant and limit', async () => {
    const store = await site.open();
    const everything = await store.operations.outbox.find();
    for (const now of [minute(0), minute(2), minute(9), minute(32), minute(60 * 24 * 3)]) {
      for (const limit of [1, 25, 1000]) {
        const expected = selectClaimable(everything, Date.parse(now), limit);
        const answer = await store.operations.outbox.claimable(now, limit);
        expect({ now, limit, ids: answer.items.map((m) => m.id), nextAt: answer.nextAt }).toEqual({
          now,
          limit,
          ids: expected.items.map((m) => m.id),
          nextAt: expected.nextAt,
        });
      }
    }
    await store.close();
  });

  it('follows a message through its states: claimed, then sent, it leaves what is due', async () => {
    const store = await site.open();
    const now = minute(1);
    const [first] = (await store.operations.outbox.claimable(now, 1)).items;
    expect(first).toBeDefined();
    const claim = await store.operations.outbox.update({ ...first!, state: 'sending', claimedBy: 'dispatch-c', leaseUntil: minute(40) }, first!.version);
    expect((await store.operations.outbox.claimable(now, 1000)).items.map((m) => m.id)).not.toContain(first!.id);
    await store.operations.outbox.update({ ...claim, state: 'sent', sentAt: now, activityId: '1:x', leaseUntil: undefined, claimedBy: undefined }, claim.version);
    // Past every lease, the message sent is not due again; the other live claims are.
    const later = await store.operations.outbox.claimable(minute(45), 1000);
    expect(later.items.map((m) => m.id)).not.toContain(first!.id);
    expect(later.items.map((m) => m.id)).toEqual(selectClaimable(await store.operations.outbox.find(), Date.parse(minute(45)), 1000).items.map((m) => m.id));
    await store.close();
  });

  it('costs one $batch of 16 GETs (32 resource units) for a quiet pass, two (64) when lanes hold more due than a page', async () => {
    const store = await site.open();
    const cost = async (now: string): Promise<{ due: number; requests: number; resourceUnits: number }> => {
      const expected = selectClaimable(await store.operations.outbox.find(), Date.parse(now), 1000);
      site.emulator.resetStats();
      const { items } = await store.operations.outbox.claimable(now, 1000);
      const stats = site.emulator.stats();
      expect(items.map((m) => m.id)).toEqual(expected.items.map((m) => m.id));
      return { due: items.length, requests: stats.requests, resourceUnits: stats.resourceUnits };
    };
    expect(await cost(minute(-10))).toEqual({ due: 0, requests: 1, resourceUnits: 32 });
    // Three days on, about 300 messages are due, 10 to 30 a lane: every lane goes on from its first page, in one more $batch.
    expect(await cost(minute(60 * 24 * 3))).toMatchObject({ requests: 2, resourceUnits: 64 });
    await store.close();
  });
});
