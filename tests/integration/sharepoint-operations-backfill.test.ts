import type { Middleware } from '@microsoft/microsoft-graph-client';
import { openSharePointStore, provisionSharePoint } from '../../src/adapters/sharepoint/index.js';
import { operationFields } from '../../src/adapters/sharepoint/operations/operation-codec.js';
import { OPERATION_LISTS } from '../../src/adapters/sharepoint/operations/operation-lists.js';
import { derivedColumns, laneKey, laneOf } from '../../src/adapters/sharepoint/operations/operation-partitions.js';
import { listCreation } from '../../src/adapters/sharepoint/provision/column-definition.js';
import type { ListDef } from '../../src/adapters/sharepoint/schema/column-types.js';
import { ENTITY_LISTS, HISTORY_LIST, SETTINGS_LIST } from '../../src/adapters/sharepoint/schema/list-schema.js';
import { StoreSchemaError } from '../../src/adapters/sharepoint/store-errors.js';
import { selectClaimable } from '../../src/domain/campaigns/outbox-queue.js';
import type { OperationKind, OperationMap } from '../../src/ports/operations.port.js';
import { startGraphEmulator, type GraphEmulator } from '../../tools/graph-emulator/index.js';
import { fetchToken } from '../support/graph-emulator-client.js';
import { emulatorStoreOptions, testCertificate } from '../support/sharepoint-emulator-store.js';
import { trustCertificate } from '../support/tls-trust.js';

const AT = '2026-03-02T08:00:00.000Z';
const minute = (n: number): string => new Date(Date.parse(AT) + n * 60_000).toISOString();
const DERIVED = new Set((['delivery', 'outbox'] as const).flatMap((kind) => derivedColumns(kind).map((c) => c.name)));

/** A list as schema version 2 provisioned it: the lanes did not exist. */
const version2 = (def: ListDef): ListDef => ({ ...def, columns: def.columns.filter((c) => !DERIVED.has(c.name)) });

/** Fields as the version 2 release wrote them: the record, its index copies, no lanes. */
const oldFields = <K extends OperationKind>(kind: K, record: OperationMap[K], n: number): Record<string, unknown> =>
  Object.fromEntries(Object.entries(operationFields(kind, record, { createdAt: AT, updatedAt: AT, writeToken: `v2-${n}` }, 'create')).filter(([name]) => !DERIVED.has(name)));

const delivery = (n: number): OperationMap['delivery'] => ({
  id: `del-${n}`,
  campaignId: 'camp-old',
  personId: `pers-${n}`,
  state: 'sent',
  attempts: 1,
  currentStep: 0,
  cardVersion: 1,
  sentAt: minute(1),
});

const message = (n: number): OperationMap['outbox'] => {
  const base = { id: `obx-${n}`, purpose: 'questionnaire' as const, campaignId: 'camp-old', deliveryId: `del-${n}`, personId: `pers-${n}`, attempts: 0 };
  if (n % 3 === 0) return { ...base, state: 'sent', notBefore: AT, attempts: 1, sentAt: minute(1), activityId: `1:${n}` };
  if (n % 3 === 1) return { ...base, state: 'pending', notBefore: minute(n % 20) };
  return { ...base, purpose: 'reminder', reminderOffset: -3, state: 'pending', notBefore: minute(60 * 24 + n) };
};

// The threshold is lowered to 100: the old lists hold 250 deliveries and 300 messages of one campaign.
describe('npm run provision upgrades a schema version 2 site: lanes added, indexed and backfilled into old items', () => {
  let emulator: GraphEmulator;
  beforeEach(async () => {
    emulator = await startGraphEmulator({ tls: testCertificate(), faults: { retryAfterSeconds: 0 }, listViewThreshold: 100 });
    trustCertificate(emulator.caCertPem);
  });
  afterEach(() => emulator.close());

  async function provisionVersion2(): Promise<void> {
    const token = await fetchToken(emulator);
    const post = async (path: string, body: unknown): Promise<{ id: string }> => {
      const answer = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(201);
      return (await answer.json()) as { id: string };
    };
    const lists = [...Object.values(ENTITY_LISTS), ...Object.values(OPERATION_LISTS).map(version2), HISTORY_LIST, SETTINGS_LIST];
    const ids = new Map<string, string>();
    for (const list of lists) ids.set(list.key, (await post('/lists', listCreation(list))).id);
    await post(`/lists/${ids.get('settings')}/items`, { fields: { Title: 'schemaVersion', CapId: 'schemaVersion', SettingValue: '2' } });
    await emulator.seedItems('Envois', Array.from({ length: 250 }, (_, n) => oldFields('delivery', delivery(n), n)));
    await emulator.seedItems('Boîte d’envoi', Array.from({ length: 300 }, (_, n) => oldFields('outbox', message(n), n)));
  }

  it('plans the columns, their indexes and the backfill, then every old item is found by campaign and claimable', async () => {
    await provisionVersion2();
    const options = emulatorStoreOptions(emulator);
    await expect(openSharePointStore(options)).rejects.toThrow(StoreSchemaError);

    const plan = await provisionSharePoint({ ...options, dryRun: true });
    const described = plan.steps.map((s) => (s.kind === 'addColumn' ? `${s.list.key}.${s.column.name}${s.column.indexed ? ' (indexed)' : ''}` : s.kind === 'backfill' ? `backfill ${s.list.key}` : s.kind));
    expect(described).toEqual([
      'delivery.CampaignIdLane (indexed)',
      'backfill delivery',
      'outbox.CampaignIdLane (indexed)',
      'outbox.DueLane (indexed)',
      'outbox.DueAt (indexed)',
      'backfill outbox',
      'setSchemaVersion',
    ]);
    expect(await provisionSharePoint(options)).toMatchObject({ applied: true });

    const store = await openSharePointStore(options);
    // Without the backfill, the lane reads would silently skip every old item.
    expect((await store.operations.delivery.find({ campaignId: 'camp-old' })).map((d) => d.id)).toEqual(Array.from({ length: 250 }, (_, n) => `del-${n}`));
    const outbox = await store.operations.outbox.find({ campaignId: 'camp-old' });
    expect(outbox).toHaveLength(300);
    for (const now of [minute(5), minute(60 * 24 + 200)]) {
      const expected = selectClaimable(outbox, Date.parse(now), 1000);
      const answer = await store.operations.outbox.claimable(now, 1000);
      expect({ ids: answer.items.map((m) => m.id), nextAt: answer.nextAt }).toEqual({ ids: expected.items.map((m) => m.id), nextAt: expected.nextAt });
    }
    await store.close();
    // Every old item now has its lane; a final message has no due lane.
    for (const item of await emulator.inspectList('Envois')) expect(item.fields.CampaignIdLane).toMatch(/^camp-old#\d+$/);
    const outboxItems = await emulator.inspectList('Boîte d’envoi');
    expect(outboxItems.filter((i) => i.fields.DueLane !== undefined)).toHaveLength(200);

    // A second run finds nothing to do, and writes nothing.
    emulator.resetStats();
    expect(await provisionSharePoint(options)).toMatchObject({ steps: [], applied: false });
    expect(Object.keys(emulator.stats().byEndpoint).filter((e) => e.startsWith('PATCH') || e.startsWith('POST /sites'))).toEqual([]);
  });

  it('backfills again when a run stopped before recording the version, writing only what is still missing', async () => {
    await provisionVersion2();
    const options = emulatorStoreOptions(emulator);
    await provisionSharePoint(options);
    // As if the first run had stopped after the backfill: the version is still 2.
    const token = await fetchToken(emulator);
    const settings = (await emulator.inspectList('Paramètres Cap Mandat'))[0]!;
    const lists = (await (await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists`, { headers: { authorization: `Bearer ${token}` } })).json()) as { value: { id: string; displayName: string }[] };
    const settingsId = lists.value.find((l) => l.displayName === 'Paramètres Cap Mandat')!.id;
    const reset = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/${settingsId}/items/${settings.id}/fields`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ SettingValue: '2' }),
    });
    expect(reset.status).toBe(200);

    const plan = await provisionSharePoint({ ...options, dryRun: true });
    expect(plan.steps.map((s) => s.kind)).toEqual(['backfill', 'backfill', 'setSchemaVersion']);
    emulator.resetStats();
    await provisionSharePoint(options);
    // Nothing was missing: no item written, only the version.
    const patches = Object.entries(emulator.stats().byEndpoint).filter(([endpoint]) => endpoint.startsWith('PATCH'));
    expect(patches.map(([endpoint, counts]) => [endpoint, counts.requests])).toEqual([['PATCH /sites/{site}/lists/{list}/items/{item}/fields', 1]]);
  });

  it('reads again and derives from the new record an item an old instance changed during the backfill (412)', async () => {
    await provisionVersion2();
    const options = emulatorStoreOptions(emulator);
    const token = await fetchToken(emulator);
    const lists = (await (await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists`, { headers: { authorization: `Bearer ${token}` } })).json()) as { value: { id: string; displayName: string }[] };
    const outboxId = lists.value.find((l) => l.displayName === 'Boîte d’envoi')!.id;
    const target = (await emulator.inspectList('Boîte d’envoi')).find((i) => i.fields.CapId === 'obx-1')!;
    // obx-1 is pending and due; a version 2 instance sends it while the backfill runs, writing no lanes.
    const sent: OperationMap['outbox'] = { ...message(1), state: 'sent', attempts: 1, sentAt: minute(2), activityId: '1:late' };
    let wrote = 0;
    let next: Middleware | undefined;
    const oldInstance: Middleware = {
      async execute(context) {
        const body = typeof context.options?.body === 'string' ? context.options.body : '';
        if (wrote === 0 && body.includes('"method":"PATCH"') && body.includes(`/lists/${outboxId}/items/${target.id}/fields`)) {
          wrote += 1;
          const answer = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/${outboxId}/items/${target.id}/fields`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(oldFields('outbox', sent, 1)),
          });
          expect(answer.status).toBe(200);
        }
        await next?.execute(context);
      },
      setNext(middleware) {
        next = middleware;
      },
    };
    await provisionSharePoint({ ...options, innerMiddleware: [oldInstance] });
    expect(wrote).toBe(1);
    const item = (await emulator.inspectList('Boîte d’envoi')).find((i) => i.fields.CapId === 'obx-1')!;
    // The backfill did not write the lanes of the pending record over the sent one: a sent message has no due lane.
    expect(item.fields).toMatchObject({ CampaignIdLane: expect.stringMatching(/^camp-old#\d+$/) as unknown, State: 'sent' });
    expect(item.fields.DueLane).toBeUndefined();
    const store = await openSharePointStore(options);
    expect((await store.operations.outbox.get('obx-1'))?.state).toBe('sent');
    expect((await store.operations.outbox.claimable(minute(30), 1000)).items.map((m) => m.id)).not.toContain('obx-1');
    await store.close();
  });

  it('keeps every id in the lane it was written in, release after release (a new hash would strand old items)', () => {
    expect(['del-0', 'obx-1', 'camp-1.q'].map(laneOf)).toEqual([11, 11, 3]);
    expect(laneKey('camp-1', 7)).toBe('camp-1#7');
    // A value too long for the column is kept by its hash, still under SharePoint's 255 characters.
    expect(laneKey('x'.repeat(255), 3)).toMatch(/^#[0-9a-f]{64}#3$/);
  });
});
