import { IMMUTABLE_OPERATION_KINDS } from '../../src/ports/operation-records.js';
import { randomBytes } from 'node:crypto';
import { ConflictError, IntegrityError, NotFoundError } from '../../src/domain/errors.js';
import { type Stored, withoutMeta } from '../../src/domain/entities/index.js';
import { selectClaimable } from '../../src/domain/campaigns/outbox-queue.js';
import { describeOutboxLease } from './outbox-lease-contract.js';
import {
  OPERATION_INDEXES,
  OPERATION_KINDS,
  operationCollectionOf,
  type OperationCollection,
  type OperationKind,
  type OperationMap,
  type OperationQuery,
  type OperationsStore,
  type OutboxCollection,
} from '../../src/ports/operations.port.js';

/** What the contract needs of a store. */
export interface OperationsHost {
  operations: OperationsStore;
  close(): Promise<void>;
}

/** Kinds whose records never change once written: update and delete are refused (IntegrityError 'immutable'). */
const IMMUTABLE = IMMUTABLE_OPERATION_KINDS;

type IndexField<K extends OperationKind> = (typeof OPERATION_INDEXES)[K][number];
type Values<K extends OperationKind> = Record<IndexField<K>, string>;
type Sample<K extends OperationKind> = (id: string, v: Values<K>) => OperationMap[K];

const at = (minute: number): string => `2026-03-02T08:${String(minute).padStart(2, '0')}:00.000Z`;

/** Valid records of every kind, built around the values of their index fields. */
const SAMPLES: { [K in OperationKind]: Sample<K> } = {
  campaign: (id, v) => ({
    id,
    kind: 'action_review',
    title: 'Revue des actions — printemps 2026',
    audience: { kind: 'service_heads', serviceIds: ['svc-sport', 'svc-culture'] },
    openingDate: '2026-03-02',
    deadline: '2026-03-20',
    reminderOffsets: [-3, 1],
    applyMode: 'proposals',
    state: v.state as OperationMap['campaign']['state'],
  }),
  delivery: (id, v) => ({
    id,
    campaignId: v.campaignId,
    personId: v.personId,
    state: v.state as OperationMap['delivery']['state'],
    attempts: 0,
    currentStep: 0,
    cardVersion: 0,
    sentAt: at(1),
  }),
  outbox: (id, v) => ({
    id,
    purpose: 'questionnaire',
    campaignId: v.campaignId,
    deliveryId: v.deliveryId,
    personId: 'pers-a',
    state: v.state as OperationMap['outbox']['state'],
    notBefore: at(0),
    attempts: 0,
  }),
  response: (id, v) => ({
    id,
    campaignId: v.campaignId,
    deliveryId: v.deliveryId,
    personId: v.personId,
    answers: { kind: 'action_review', bySubject: { 'act-1': { progress: 40, blockers: 'Marché infructueux', measures: [] } } },
  }),
  proposal: (id, v) => ({
    id,
    campaignId: v.campaignId,
    responseId: v.responseId,
    target: { kind: 'action', id: 'act-1' },
    operation: 'update',
    changes: [{ field: 'progress', old: 40, new: 60 }],
    state: v.state as OperationMap['proposal']['state'],
    proposedAt: at(5),
    ...(v.state === 'pending' ? {} : { decidedBy: 'pers-pilot', decidedAt: at(9) }),
  }),
  conversation: (id, v) => ({
    id,
    scope: v.scope as OperationMap['conversation']['scope'],
    tenantId: '7a1d3c52-5b8e-4f0a-9d6c-2e4b8f1a0c93',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    botId: '28:c4f2e1a0-9b3d-4e6f-8a7c-5d1e2f3a4b6c',
    personId: v.personId,
    aadObjectId: v.aadObjectId,
    teamId: v.teamId,
    installedAt: at(2),
  }),
  audit: (id, v) => ({ id, action: v.action as OperationMap['audit']['action'], at: at(3), actorId: v.actorId, summary: 'role: reader → pilotage' }),
  snapshot: (id) => ({
    id,
    title: 'Bilan de mi-mandat',
    asOf: '2029-03-31',
    takenAt: at(4),
    takenBy: 'pers-pilot',
    partCount: 1,
    sha256: 'ab'.repeat(32),
    counts: { action: 12, indicator: 4 },
  }),
  snapshot_part: (id, v) => ({ id, snapshotId: v.snapshotId, index: 0, data: 'SGVsbG8=' }),
};

/** Two valid values of each index field: records are made with the first, and one field at a time set to the second. */
const ALTERNATIVES: { [K in OperationKind]: Record<IndexField<K>, readonly [string, string]> } = {
  campaign: { state: ['draft', 'open'] },
  delivery: { campaignId: ['camp-a', 'camp-b'], personId: ['pers-a', 'pers-b'], state: ['queued', 'sent'] },
  outbox: { state: ['pending', 'sending'], campaignId: ['camp-a', 'camp-b'], deliveryId: ['dlv-a', 'dlv-b'] },
  response: { campaignId: ['camp-a', 'camp-b'], deliveryId: ['dlv-a', 'dlv-b'], personId: ['pers-a', 'pers-b'] },
  proposal: { campaignId: ['camp-a', 'camp-b'], state: ['pending', 'accepted'], responseId: ['rsp-a', 'rsp-b'] },
  conversation: { scope: ['personal', 'team'], personId: ['pers-a', 'pers-b'], aadObjectId: ['aad-a', 'aad-b'], teamId: ['19:team-a@thread.tacv2', '19:team-b@thread.tacv2'] },
  audit: { action: ['role_changed', 'campaign_launched'], actorId: ['pers-a', 'system'] },
  snapshot: {},
  snapshot_part: { snapshotId: ['snap-a', 'snap-b'] },
};

/** A change to a field no index holds, to update with. */
const TOUCH: { [K in OperationKind]: (r: OperationMap[K]) => OperationMap[K] } = {
  campaign: (r) => ({ ...r, title: `${r.title} (révisée)` }),
  delivery: (r) => ({ ...r, attempts: r.attempts + 1 }),
  outbox: (r) => ({ ...r, attempts: r.attempts + 1, claimedBy: `instance-${r.attempts + 1}` }),
  response: (r) => ({ ...r, submittedAt: at(20 + Object.keys(r.answers.bySubject).length) }),
  proposal: (r) => ({ ...r, reason: `${r.reason ?? ''}vu` }),
  conversation: (r) => ({ ...r, userName: `${r.userName ?? ''}Anne` }),
  audit: (r) => ({ ...r, summary: `${r.summary} (modifié)` }),
  snapshot: (r) => ({ ...r, title: `${r.title} bis` }),
  snapshot_part: (r) => ({ ...r, data: `${r.data}AA==` }),
};

const pick = <K extends OperationKind>(kind: K, n: 0 | 1): Values<K> =>
  Object.fromEntries(Object.entries(ALTERNATIVES[kind]).map(([f, pair]) => [f, (pair as readonly string[])[n]])) as Values<K>;
/** Every index field at its first value, or at its second. */
const firsts = <K extends OperationKind>(kind: K): Values<K> => pick(kind, 0);
const seconds = <K extends OperationKind>(kind: K): Values<K> => pick(kind, 1);

/** A valid record of `kind`, with the first value of every index field unless told otherwise. */
export function sampleOperation<K extends OperationKind>(kind: K, id: string, values: Partial<Values<K>> = {}): OperationMap[K] {
  return SAMPLES[kind](id, { ...firsts(kind), ...values });
}

/** Any record (stored or not) as the domain's `withoutMeta` leaves it, to compare field by field. */
const dataOf = (record: object): Record<string, unknown> => withoutMeta(record as Stored<object>) as Record<string, unknown>;
const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

/** The behaviour every OperationsStore must show: run against SQLite and SharePoint alike. */
export function describeOperationsContract(name: string, makeStore: () => Promise<OperationsHost>): void {
  describe(`OperationsStore contract: ${name}`, () => {
    let store: OperationsHost;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    for (const kind of OPERATION_KINDS) describeKind(kind, () => operationCollectionOf(store.operations, kind));
    describeOutboxQueue(() => store.operations.outbox);
    describeOutboxLease(() => store.operations.outbox);
    describeHostileInput(() => store.operations);
  });
}

function describeKind<K extends OperationKind>(kind: K, collection: () => OperationCollection<K>): void {
  const sample = (id: string, values: Partial<Values<K>> = {}) => sampleOperation(kind, id, values);
  const fields = OPERATION_INDEXES[kind] as readonly IndexField<K>[];

  describe(kind, () => {
    it('creates a record with a version and reads it back as it was written', async () => {
      const record = sample(`${kind}-1`);
      const created = await collection().create(record);
      expect(created.version).toBeTruthy();
      expect(created.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(dataOf(created)).toEqual(dataOf(record));
      expect(await collection().get(record.id)).toEqual(created);
      expect(await collection().get(`${kind}-missing`)).toBeUndefined();
    });

    it('finds records oldest first, by each index field and by several (AND)', async () => {
      // One record with every first value, then one per field with that field set to its second value.
      const records = [sample(`${kind}-z`), ...fields.map((f, i) => sample(`${kind}-${String.fromCharCode(121 - i)}`, { [f]: ALTERNATIVES[kind][f][1] } as Partial<Values<K>>))];
      for (const record of records) await collection().create(record);
      expect(ids(await collection().find())).toEqual(ids(records));
      expect(ids(await collection().find({}))).toEqual(ids(records));
      for (const [i, field] of fields.entries()) {
        const [first, second] = ALTERNATIVES[kind][field];
        expect(ids(await collection().find({ [field]: second } as OperationQuery<K>))).toEqual([records[i + 1]!.id]);
        expect(ids(await collection().find({ [field]: first } as OperationQuery<K>))).toEqual(ids(records.filter((_, n) => n !== i + 1)));
        expect(await collection().find({ [field]: `${first}-none` } as OperationQuery<K>)).toEqual([]);
      }
      if (fields.length >= 2) {
        const [f0, f1] = [fields[0]!, fields[1]!];
        const alternatives = ALTERNATIVES[kind] as Record<string, readonly [string, string]>;
        const both = (a: 0 | 1, b: 0 | 1) => collection().find({ [f0]: alternatives[f0]![a], [f1]: alternatives[f1]![b] } as OperationQuery<K>);
        expect(ids(await both(0, 0))).toEqual(ids(records.filter((_, n) => n !== 1 && n !== 2)));
        expect(ids(await both(1, 0))).toEqual([records[1]!.id]);
        expect(await both(1, 1)).toEqual([]);
      }
    });

    it('refuses a duplicate id and keeps the first record', async () => {
      const first = await collection().create(sample(`${kind}-1`));
      const again = TOUCH[kind](sample(`${kind}-1`));
      const error = await collection().create(again).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IntegrityError);
      expect((error as IntegrityError).code).toBe('duplicate_id');
      expect(await collection().get(`${kind}-1`)).toEqual(first);
      expect(await collection().find()).toHaveLength(1);
    });

    it('createMany writes all or nothing', async () => {
      const existing = await collection().create(sample(`${kind}-0`));
      await expect(collection().createMany([sample(`${kind}-1`), sample(`${kind}-2`), sample(`${kind}-1`)])).rejects.toBeInstanceOf(IntegrityError);
      await expect(collection().createMany([sample(`${kind}-3`), sample(`${kind}-0`), sample(`${kind}-4`)])).rejects.toBeInstanceOf(IntegrityError);
      expect(await collection().find()).toEqual([existing]);
      // More than one $batch worth.
      const many = Array.from({ length: 25 }, (_, n) => sample(`${kind}-m${String(n).padStart(2, '0')}`));
      await collection().createMany(many);
      const found = await collection().find();
      expect(ids(found).sort()).toEqual([existing.id, ...ids(many)].sort());
      expect(found.map(dataOf)).toEqual(expect.arrayContaining(many.map(dataOf)));
    });

    it('updating or deleting a missing record is NotFound', async () => {
      await expect(collection().update(sample(`${kind}-x`), '1')).rejects.toBeInstanceOf(NotFoundError);
      await expect(collection().delete(`${kind}-x`, '1')).rejects.toBeInstanceOf(NotFoundError);
    });

    if (IMMUTABLE.has(kind)) {
      it('never changes or deletes a record once written', async () => {
        const created = await collection().create(sample(`${kind}-1`));
        for (const attempt of [collection().update(TOUCH[kind](created), created.version), collection().delete(created.id, created.version)]) {
          const error = await attempt.catch((e: unknown) => e);
          expect(error).toBeInstanceOf(IntegrityError);
          expect((error as IntegrityError).code).toBe('immutable');
        }
        expect(await collection().get(created.id)).toEqual(created);
      });
      return;
    }

    it('updates with the current version (a record as read back), bumping the version', async () => {
      const v1 = await collection().create(sample(`${kind}-1`));
      const next = TOUCH[kind](v1);
      const v2 = await collection().update(next, v1.version);
      expect(v2.version).not.toBe(v1.version);
      expect(dataOf(v2)).toEqual(dataOf(TOUCH[kind](sample(`${kind}-1`))));
      expect(await collection().get(v1.id)).toEqual(v2);
      // The fields it is found by follow the record.
      const v3 = await collection().update(sample(`${kind}-1`, seconds(kind)), v2.version);
      expect(await collection().find(seconds(kind) as OperationQuery<K>)).toEqual([v3]);
      if (fields.length) expect(await collection().find(firsts(kind) as OperationQuery<K>)).toEqual([]);
    });

    it('refuses a stale version, changes nothing and hands back the current record', async () => {
      const v1 = await collection().create(sample(`${kind}-1`));
      const v2 = await collection().update(TOUCH[kind](v1), v1.version);
      const error = await collection().update(TOUCH[kind](TOUCH[kind](v1)), v1.version).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toEqual(v2);
      expect(await collection().get(v1.id)).toEqual(v2);
      await expect(collection().delete(v1.id, v1.version)).rejects.toBeInstanceOf(ConflictError);
      expect(await collection().get(v1.id)).toEqual(v2);
    });

    it('of two concurrent updates from the same version, exactly one wins', async () => {
      const v1 = await collection().create(sample(`${kind}-1`));
      const results = await Promise.allSettled([collection().update(TOUCH[kind](v1), v1.version), collection().update(TOUCH[kind](TOUCH[kind](v1)), v1.version)]);
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect([won.length, lost.length]).toEqual([1, 1]);
      expect(lost[0]).toBeInstanceOf(ConflictError);
      expect(await collection().get(v1.id)).toEqual(won[0]);
    });

    it('deletes with the current version only', async () => {
      const v1 = await collection().create(sample(`${kind}-1`));
      await collection().create(sample(`${kind}-2`));
      await collection().delete(v1.id, v1.version);
      expect(await collection().get(v1.id)).toBeUndefined();
      expect(ids(await collection().find())).toEqual([`${kind}-2`]);
      await expect(collection().delete(v1.id, v1.version)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}

function describeOutboxQueue(outbox: () => OutboxCollection): void {
  const NOW = '2026-03-02T08:30:00.000Z';
  const item = (n: number, fields: Partial<OperationMap['outbox']>): OperationMap['outbox'] => ({
    ...sampleOperation('outbox', `obx-${n}`),
    state: 'pending',
    attempts: 0,
    ...fields,
  });

  describe('outbox: what is due', () => {
    it('answers due pending items and expired claims, due retries first, and when the next item falls due', async () => {
      await outbox().createMany([
        item(1, { notBefore: at(10) }),
        item(2, { notBefore: at(25), attempts: 1, lastError: '429 Too Many Requests' }),
        item(3, { notBefore: at(5) }),
        item(4, { notBefore: at(45) }),
        item(5, { state: 'sending', attempts: 1, claimedBy: 'dispatch-a', leaseUntil: at(29) }),
        item(6, { state: 'sending', attempts: 1, claimedBy: 'dispatch-b', leaseUntil: at(40) }),
        item(7, { state: 'sent', notBefore: at(1), sentAt: at(2), activityId: '1:7' }),
        item(8, { state: 'failed', notBefore: at(1), failure: 'blocked' }),
      ]);
      const due = await outbox().claimable(NOW, 10);
      expect(ids(due.items)).toEqual(['obx-2', 'obx-5', 'obx-3', 'obx-1']);
      expect(due.nextAt).toBe(at(40));
      expect(ids((await outbox().claimable(NOW, 2)).items)).toEqual(['obx-2', 'obx-5']);
      // Items come back as stored: versioned, ready to be claimed.
      const [first] = due.items;
      expect(first!.version).toBe((await outbox().get('obx-2'))!.version);
    });

    it('compares instants, not text: a second and a half-second apart', async () => {
      await outbox().createMany([item(1, { notBefore: '2026-03-02T08:30:00Z' }), item(2, { notBefore: '2026-03-02T08:30:00.500Z' })]);
      expect(ids((await outbox().claimable('2026-03-02T08:30:00.250Z', 10)).items)).toEqual(['obx-1']);
      expect((await outbox().claimable('2026-03-02T08:30:00.250Z', 10)).nextAt).toBe('2026-03-02T08:30:00.500Z');
    });

    it('has nothing due and no next instant when everything is final', async () => {
      await outbox().create(item(1, { state: 'skipped', notBefore: at(1), lastError: 'already answered' }));
      expect(await outbox().claimable(NOW, 10)).toEqual({ items: [], nextAt: undefined });
    });

    it('chooses as selectClaimable does, over mixed states, attempts and instants', async () => {
      const states = ['pending', 'pending', 'sending', 'sent'] as const;
      const records = Array.from({ length: 40 }, (_, n) => {
        const state = states[n % 4]!;
        const minute = (n * 7) % 50;
        return item(n, {
          state,
          attempts: n % 3 === 0 ? 2 : 0,
          notBefore: at(minute),
          ...(state === 'sending' ? { claimedBy: 'dispatch-a', leaseUntil: at((n * 11) % 50) } : {}),
          ...(state === 'sent' ? { sentAt: at(minute), activityId: `1:${n}` } : {}),
        });
      });
      await outbox().createMany(records);
      const expected = selectClaimable(await outbox().find(), Date.parse(NOW), 12);
      const answered = await outbox().claimable(NOW, 12);
      expect(ids(answered.items)).toEqual(ids(expected.items));
      expect(answered.nextAt).toBe(expected.nextAt);
    });
  });
}

const HOSTILE = `' or 1 eq 1 -- "quoted" <script>alert('x')</script> & % # + ; 🎉 👩‍💻 é`;

function describeHostileInput(operations: () => OperationsStore): void {
  describe('hostile and large input', () => {
    it('stores quotes, markup, emoji and long text verbatim', async () => {
      const campaign = { ...sampleOperation('campaign', 'camp-h'), title: HOSTILE, description: `${HOSTILE}\n`.repeat(20).slice(0, 2000) };
      await operations().campaign.create(campaign);
      expect(dataOf((await operations().campaign.get('camp-h'))!)).toEqual(dataOf(campaign));
      // 10,000+ characters of free text in one response: three answers at the 4,000-character limit.
      const text = (n: number) => `${n}${HOSTILE}\n`.repeat(100).slice(0, 4000);
      const response = {
        ...sampleOperation('response', 'rsp-h'),
        answers: { kind: 'custom' as const, bySubject: { q1: { type: 'text' as const, value: text(1) }, q2: { type: 'text' as const, value: text(2) }, q3: { type: 'text' as const, value: text(3) } } },
      };
      await operations().response.create(response);
      expect(dataOf((await operations().response.get('rsp-h'))!)).toEqual(dataOf(response));
    });

    it('keeps a response of 120,000 characters whole', async () => {
      const bySubject = Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`q${n}`, { type: 'text' as const, value: `${n}🎉${'x'.repeat(3990)}` }]));
      const response = { ...sampleOperation('response', 'rsp-big'), answers: { kind: 'custom' as const, bySubject } };
      await operations().response.create(response);
      expect(dataOf((await operations().response.get('rsp-big'))!)).toEqual(dataOf(response));
      const updated = { ...response, submittedAt: at(30) };
      const stored = (await operations().response.get('rsp-big'))!;
      await operations().response.update(updated, stored.version);
      expect(dataOf((await operations().response.get('rsp-big'))!)).toEqual(dataOf(updated));
    });

    it('finds by hostile values exactly: no injection, no match without case', async () => {
      await operations().outbox.create(sampleOperation('outbox', 'out-1'));
      for (const value of ["' or 1 eq 1", "pending' or fields/CapId ne '", 'PENDING', 'pending ', '']) expect(await operations().outbox.find({ state: value })).toEqual([]);
      const odd = `19:${HOSTILE}\nsecond line ${'t'.repeat(300)}`;
      await operations().conversation.createMany([
        sampleOperation('conversation', 'conv-odd', { scope: 'team', teamId: odd, aadObjectId: 'aad-x' }),
        sampleOperation('conversation', 'conv-upper', { scope: 'team', teamId: odd.toUpperCase(), aadObjectId: 'AAD-X' }),
      ]);
      expect(ids(await operations().conversation.find({ teamId: odd }))).toEqual(['conv-odd']);
      expect(ids(await operations().conversation.find({ aadObjectId: 'aad-x' }))).toEqual(['conv-odd']);
      expect(ids(await operations().conversation.find({ aadObjectId: 'AAD-X', scope: 'team' }))).toEqual(['conv-upper']);
      expect(await operations().conversation.get("conv-odd' or 1 eq 1")).toBeUndefined();
      expect(await operations().conversation.get('CONV-ODD')).toBeUndefined();
    });

    it('takes back a record as it was read: the store’s metadata is not written into the record', async () => {
      const proposal = sampleOperation('proposal', 'prop-1');
      const created = await operations().proposal.create(proposal);
      const updated = await operations().proposal.update({ ...created, reason: 'à revoir' }, created.version);
      expect(updated.proposedAt).toBe(proposal.proposedAt);
      expect(updated.createdAt).toBe(created.createdAt);
      expect(updated.version).not.toBe(created.version);
    });

    it('keeps a 60,000-character snapshot part', async () => {
      const data = randomBytes(45_000).toString('base64');
      expect(data).toHaveLength(60_000);
      await operations().snapshot.create(sampleOperation('snapshot', 'snap-a'));
      const parts = [0, 1, 2].map((index) => ({ ...sampleOperation('snapshot_part', `snap-a.${index}`), index, data: index === 1 ? data : data.slice(0, 100 * (index + 1)) }));
      await operations().snapshot_part.createMany(parts);
      const read = await operations().snapshot_part.find({ snapshotId: 'snap-a' });
      expect(read.map(dataOf).sort((a, b) => Number(a.index) - Number(b.index))).toEqual(parts.map(dataOf));
      expect((await operations().snapshot_part.get('snap-a.1'))?.data).toBe(data);
    });
  });
}
