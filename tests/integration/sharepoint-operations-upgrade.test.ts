import { openSharePointStore, provisionSharePoint } from '../../src/adapters/sharepoint/index.js';
import { OPERATION_LISTS } from '../../src/adapters/sharepoint/operations/operation-lists.js';
import { listCreation } from '../../src/adapters/sharepoint/provision/column-definition.js';
import { toFields } from '../../src/adapters/sharepoint/schema/field-mapping.js';
import { ENTITY_LISTS, HISTORY_LIST, SCHEMA_VERSION, SETTINGS_LIST } from '../../src/adapters/sharepoint/schema/list-schema.js';
import { StoreSchemaError } from '../../src/adapters/sharepoint/store-errors.js';
import { startGraphEmulator, type GraphEmulator } from '../../tools/graph-emulator/index.js';
import { sampleOperation } from '../support/operations-contract.js';
import { fetchToken } from '../support/graph-emulator-client.js';
import { emulatorStoreOptions, testCertificate } from '../support/sharepoint-emulator-store.js';
import { trustCertificate } from '../support/tls-trust.js';

/** The lists schema version 1 provisioned: the roadmap, its history and the settings. */
const V1_LISTS = [...Object.values(ENTITY_LISTS), HISTORY_LIST, SETTINGS_LIST];
const axis = { id: 'axe-1', title: 'Mobilités', order: 1, color: '#1565C0' };

describe('npm run provision upgrades a schema version 1 site to the current version', () => {
  let emulator: GraphEmulator;
  beforeEach(async () => {
    emulator = await startGraphEmulator({ tls: testCertificate(), faults: { retryAfterSeconds: 0 } });
    trustCertificate(emulator.caCertPem);
  });
  afterEach(() => emulator.close());

  /** Builds the site as the version 1 release left it, with a record in it. */
  async function provisionVersion1(): Promise<void> {
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
    const ids = new Map<string, string>();
    for (const list of V1_LISTS) ids.set(list.key, (await post('/lists', listCreation(list))).id);
    await post(`/lists/${ids.get('settings')}/items`, { fields: { Title: 'schemaVersion', CapId: 'schemaVersion', SettingValue: '1' } });
    const stamp = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z', writeToken: 'v1' };
    await post(`/lists/${ids.get('axis')}/items`, { fields: toFields(ENTITY_LISTS.axis, axis, stamp, 'create') });
  }

  it('adds the lists of operational records (lanes included, nothing to backfill), keeps every list and item, then the store opens', async () => {
    expect(SCHEMA_VERSION).toBe(3);
    await provisionVersion1();
    const options = emulatorStoreOptions(emulator);
    await expect(openSharePointStore(options)).rejects.toThrow(StoreSchemaError);
    await expect(openSharePointStore(options)).rejects.toThrow(/npm run provision/);

    const plan = await provisionSharePoint({ ...options, dryRun: true });
    const added = Object.values(OPERATION_LISTS).map((l) => l.displayName);
    expect(plan.steps.map((s) => (s.kind === 'createList' ? s.list.displayName : s.kind))).toEqual([...added, 'setSchemaVersion']);
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'setSchemaVersion', from: 1, to: 3 });

    emulator.resetStats();
    expect(await provisionSharePoint(options)).toMatchObject({ applied: true });
    // It only adds: no list, column or item is deleted or rewritten, apart from the version setting.
    const writes = Object.keys(emulator.stats().byEndpoint).filter((e) => !e.startsWith('GET') && !e.includes('/token'));
    expect(writes.sort()).toEqual(['PATCH /sites/{site}/lists/{list}/items/{item}/fields', 'POST /$batch', 'POST /sites/{site}/lists'].sort());
    expect((await emulator.inspectList('Paramètres Cap Mandat'))[0]?.fields).toMatchObject({ SettingValue: '3' });
    for (const list of V1_LISTS) await expect(emulator.inspectList(list.displayName)).resolves.toBeDefined();
    expect((await emulator.inspectList('Axes')).map((i) => i.fields.CapId)).toEqual(['axe-1']);

    const store = await openSharePointStore(options);
    expect(await store.axis.get('axe-1')).toMatchObject(axis);
    const campaign = await store.operations.campaign.create(sampleOperation('campaign', 'camp-1'));
    expect(await store.operations.campaign.find({ state: 'draft' })).toEqual([campaign]);
    expect(await provisionSharePoint(options)).toMatchObject({ steps: [], applied: false });
  });
});
