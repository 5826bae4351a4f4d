import { ConflictError, IntegrityError, ValidationError } from '../../src/domain/errors.js';
import type { OperationMap } from '../../src/ports/operations.port.js';
import { sampleOperation } from '../support/operations-contract.js';
import { loseFirstAnswer, startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

/** A $batch that writes (POST, PATCH or DELETE inside). */
const writingBatch = (verb: string) => (method: string, url: string, body: string) =>
  method === 'POST' && url.endsWith('/$batch') && body.includes(`"method":"${verb}"`);

const OUTBOX = 'Boîte d’envoi';
const pending = (id = 'dlv-1.q'): OperationMap['outbox'] => sampleOperation('outbox', id, { deliveryId: 'dlv-1' });
const claimBy = (item: OperationMap['outbox'], instance: string): OperationMap['outbox'] => ({
  ...item,
  state: 'sending',
  claimedBy: instance,
  leaseUntil: '2026-03-02T08:05:00.000Z',
});

describe('SharePoint store: operational records', () => {
  let site: ProvisionedEmulator;
  beforeEach(async () => {
    site = await startProvisionedEmulator();
  });
  afterEach(() => site.close());

  const itemsOf = async (list: string, id: string) => (await site.emulator.inspectList(list)).filter((i) => i.fields.CapId === id);

  it('lets one of two server instances claim an outbox message, the other gets a conflict holding the winner’s claim', async () => {
    const [a, b] = [await site.open(), await site.open()];
    await a.operations.outbox.create(pending());
    // Both dispatchers see the message pending, from the same version.
    const [seenByA, seenByB] = [(await a.operations.outbox.find({ state: 'pending' }))[0]!, (await b.operations.outbox.find({ state: 'pending' }))[0]!];
    expect(seenByA.version).toBe(seenByB.version);
    const results = await Promise.allSettled([a.operations.outbox.update(claimBy(seenByA, 'a'), seenByA.version), b.operations.outbox.update(claimBy(seenByB, 'b'), seenByB.version)]);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    expect((lost[0] as ConflictError).current).toEqual(won[0]);
    expect((await itemsOf(OUTBOX, 'dlv-1.q'))[0]?.fields).toMatchObject({ State: 'sending', CapWrite: expect.any(String) });
    // Neither instance sees it pending any more: reads ask SharePoint, not a replica that could be seconds old.
    expect(await a.operations.outbox.find({ state: 'pending' })).toEqual([]);
    expect(await b.operations.outbox.find({ state: 'pending' })).toEqual([]);
    expect(await b.operations.outbox.get('dlv-1.q')).toEqual(won[0]);
  });

  it('shows business users readable lists: French names, the record as JSON, the fields it is found by', async () => {
    const store = await site.open();
    await store.operations.outbox.create(pending());
    const [item] = await site.emulator.inspectList(OUTBOX);
    expect(item?.fields).toMatchObject({ Title: 'dlv-1.q', CapId: 'dlv-1.q', State: 'pending', CampaignId: 'camp-a', DeliveryId: 'dlv-1' });
    expect(JSON.parse(String(item?.fields.CapRecord))).toMatchObject({ id: 'dlv-1.q', purpose: 'questionnaire' });
    // A value a single-line column cannot hold is indexed by its hash, and still found.
    const teamId = `19:${'t'.repeat(300)}\nsecond line`;
    await store.operations.conversation.create(sampleOperation('conversation', 'conv-1', { scope: 'team', teamId }));
    expect((await site.emulator.inspectList('Conversations du bot'))[0]?.fields.TeamId).toMatch(/^#[0-9a-f]{64}$/);
    expect((await store.operations.conversation.find({ teamId })).map((c) => c.id)).toEqual(['conv-1']);
  });

  it('replays lost answers without duplicates or false conflicts: create, update, delete', async () => {
    const creates = loseFirstAnswer(writingBatch('POST'));
    const created = await (await site.open({ innerMiddleware: [creates] })).operations.outbox.create(pending());
    expect(creates.lost).toBe(1);
    expect(await itemsOf(OUTBOX, 'dlv-1.q')).toHaveLength(1);

    const patches = loseFirstAnswer(writingBatch('PATCH'));
    const claimed = await (await site.open({ innerMiddleware: [patches] })).operations.outbox.update(claimBy(created, 'a'), created.version);
    expect(patches.lost).toBe(1);
    expect(claimed).toMatchObject({ state: 'sending', claimedBy: 'a' });
    expect((await itemsOf(OUTBOX, 'dlv-1.q'))[0]?.eTag).toMatch(/,2"$/);

    const deletes = loseFirstAnswer(writingBatch('DELETE'));
    await (await site.open({ innerMiddleware: [deletes] })).operations.outbox.delete('dlv-1.q', claimed.version);
    expect(deletes.lost).toBe(1);
    expect(await itemsOf(OUTBOX, 'dlv-1.q')).toHaveLength(0);
  });

  it('a bulk create whose answer is lost writes every record once', async () => {
    const lose = loseFirstAnswer(writingBatch('POST'));
    const store = await site.open({ innerMiddleware: [lose] });
    await store.operations.delivery.createMany(Array.from({ length: 25 }, (_, i) => sampleOperation('delivery', `dlv-${i}`)));
    expect(lose.lost).toBe(1);
    const ids = (await site.emulator.inspectList('Envois')).map((i) => i.fields.CapId);
    expect(new Set(ids).size).toBe(25);
    expect(ids).toHaveLength(25);
  });

  it('writes to the item where the record lives now, when another instance deleted and created it again', async () => {
    const [a, b] = [await site.open(), await site.open()];
    const first = await a.operations.outbox.create(pending());
    await b.operations.outbox.delete(first.id, first.version);
    const again = await b.operations.outbox.create(pending());
    const claimed = await a.operations.outbox.update(claimBy(again, 'a'), again.version);
    expect(claimed.claimedBy).toBe('a');
    await expect(a.operations.outbox.update(claimBy(first, 'a'), first.version)).rejects.toBeInstanceOf(ConflictError);
  });

  it('skips and counts an item broken by hand, whose id stays taken', async () => {
    const store = await site.open();
    await store.operations.outbox.createMany([pending('dlv-1.q'), pending('dlv-2.q')]);
    const broken = (await itemsOf(OUTBOX, 'dlv-1.q'))[0]!;
    await site.emulator.editItemAsUser(OUTBOX, broken.id, { CapRecord: '{"id":"dlv-1.q","state":"envoyé"}' });
    expect(await store.operations.outbox.get('dlv-1.q')).toBeUndefined();
    expect((await store.operations.outbox.find()).map((o) => o.id)).toEqual(['dlv-2.q']);
    expect(store.rejectedItems()).toEqual({ outbox: 1 });
    await expect(store.operations.outbox.create(pending('dlv-1.q'))).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses, before writing, a record that would not read back or does not fit', async () => {
    const store = await site.open();
    const failedWithoutReason = { ...sampleOperation('delivery', 'dlv-1'), state: 'failed' as const };
    const invalid = await store.operations.delivery.create(failedWithoutReason).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).issues[0]).toMatchObject({ path: 'failure', message: { fr: expect.any(String), en: expect.any(String) } });
    const bySubject = Object.fromEntries(Array.from({ length: 80 }, (_, n) => [`q${n}`, { type: 'text' as const, value: 'x'.repeat(4000) }]));
    const huge = { ...sampleOperation('response', 'rsp-1'), answers: { kind: 'custom' as const, bySubject } };
    const tooLarge = await store.operations.response.create(huge).catch((e: unknown) => e);
    expect(tooLarge).toBeInstanceOf(ValidationError);
    expect((tooLarge as ValidationError).issues[0]?.code).toBe('too_large');
    expect(await site.emulator.inspectList('Envois')).toEqual([]);
    expect(await site.emulator.inspectList('Réponses')).toEqual([]);
  });

  it('spreads a large record over its JSON columns without splitting an emoji', async () => {
    const store = await site.open();
    // Answers of emoji only: one of the two records has a surrogate pair across the 63,000th character.
    const response = (id: string, prefix: string) => ({
      ...sampleOperation('response', id),
      answers: {
        kind: 'custom' as const,
        bySubject: Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`q${n}`, { type: 'text' as const, value: `${n === 0 ? prefix : ''}${'🎉'.repeat(1990)}` }])),
      },
    });
    const records = [response('rsp-a', ''), response('rsp-b', 'x')];
    await store.operations.response.createMany(records);
    for (const record of records) expect(await store.operations.response.get(record.id)).toMatchObject(record);
    const items = await site.emulator.inspectList('Réponses');
    expect(items.map((i) => String(i.fields.CapRecord).length).sort()).toEqual([62_999, 63_000]);
    // Why the spreading: like SharePoint, the emulator holds at most 63,999 characters in a multi-line column.
    await expect(site.emulator.editItemAsUser('Réponses', items[0]!.id, { CapRecord2: 'x'.repeat(64_000) })).rejects.toThrow(/maximum length of 63999/);
  });
});
