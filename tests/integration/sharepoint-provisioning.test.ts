import { openSharePointStore, provisionSharePoint } from '../../src/adapters/sharepoint/index.js';
import { SCHEMA_VERSION } from '../../src/adapters/sharepoint/schema/list-schema.js';
import { StoreAccessDeniedError, StoreSchemaError, StoreThrottledError } from '../../src/adapters/sharepoint/store-errors.js';
import { startGraphEmulator, type GraphEmulator } from '../../tools/graph-emulator/index.js';
import { fetchToken } from '../support/graph-emulator-client.js';
import { trustCertificate } from '../support/tls-trust.js';
import { emulatorStoreOptions, testCertificate } from '../support/sharepoint-emulator-store.js';

describe('npm run provision on the Graph emulator', () => {
  let emulator: GraphEmulator;
  beforeEach(async () => {
    emulator = await startGraphEmulator({ tls: testCertificate(), faults: { retryAfterSeconds: 0 } });
    trustCertificate(emulator.caCertPem);
  });
  afterEach(() => emulator.close());

  const lists = async () => {
    const token = await fetchToken(emulator);
    const answer = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists?$select=id,displayName`, { headers: { authorization: `Bearer ${token}` } });
    return ((await answer.json()) as { value: { id: string; displayName: string }[] }).value;
  };

  it('plans without writing in --dry-run, creates everything, then has nothing to do', async () => {
    const options = emulatorStoreOptions(emulator);
    const before = (await lists()).map((l) => l.displayName);
    const dry = await provisionSharePoint({ ...options, dryRun: true });
    expect(dry.steps.length).toBeGreaterThan(10);
    expect(dry.applied).toBe(false);
    expect((await lists()).map((l) => l.displayName)).toEqual(before);

    const first = await provisionSharePoint(options);
    expect(first.applied).toBe(true);
    expect((await lists()).map((l) => l.displayName)).toEqual(expect.arrayContaining(['Axes', 'Engagements', 'Actions', 'Indicateurs', 'Mesures', 'Historique']));
    expect((await emulator.inspectList('Paramètres Cap Mandat'))[0]?.fields).toMatchObject({ CapId: 'schemaVersion', SettingValue: String(SCHEMA_VERSION) });

    emulator.resetStats();
    const second = await provisionSharePoint(options);
    expect(second).toMatchObject({ steps: [], applied: false });
    // Reads only: no list, column or item was written.
    expect(Object.keys(emulator.stats().byEndpoint).filter((e) => !e.startsWith('GET') && !e.includes('$batch') && !e.includes('/token'))).toEqual([]);
  });

  it('accepts the site URL as well as its id', async () => {
    const report = await provisionSharePoint({ ...emulatorStoreOptions(emulator), site: emulator.siteUrl });
    expect(report.siteId).toBe(emulator.siteId);
  });

  it('completes a site where a list lacks columns, keeping its items', async () => {
    const options = emulatorStoreOptions(emulator);
    const token = await fetchToken(emulator);
    const created = await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Axes', columns: [{ name: 'CapId', text: {}, indexed: true, enforceUniqueValues: true }], list: { template: 'genericList' } }),
    });
    const axes = (await created.json()) as { id: string };
    await fetch(`${emulator.graphBaseUrl}/sites/${emulator.siteId}/lists/${axes.id}/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { Title: 'Ancien axe', CapId: 'axe-old' } }),
    });
    const report = await provisionSharePoint(options);
    expect(report.steps.filter((s) => s.kind === 'addColumn').map((s) => s.kind === 'addColumn' && s.column.name).sort()).toEqual(
      ['CapCreatedAt', 'CapUpdatedAt', 'CapWrite', 'Color', 'Description', 'SortOrder', 'Weight'].sort(),
    );
    expect((await emulator.inspectList('Axes')).map((i) => i.fields.CapId)).toEqual(['axe-old']);
  });

  it('the store refuses a site that was not provisioned, naming the command to run', async () => {
    await expect(openSharePointStore(emulatorStoreOptions(emulator))).rejects.toThrow(StoreSchemaError);
    await expect(openSharePointStore(emulatorStoreOptions(emulator))).rejects.toThrow(/npm run provision/);
  });

  it('turns Graph failures into typed errors: refused credentials, throttling that outlasts the retries', async () => {
    const options = emulatorStoreOptions(emulator);
    const wrongSecret = { ...options, entra: { ...options.entra, authOverrides: { ...options.entra.authOverrides, clientSecret: 'wrong' } } };
    await expect(provisionSharePoint(wrongSecret)).rejects.toBeInstanceOf(StoreAccessDeniedError);
    emulator.setFaults({ failureRate: 1, retryAfterSeconds: 0 });
    await expect(provisionSharePoint({ ...options, retry: { maxAttempts: 2, baseDelayMs: 1 } })).rejects.toBeInstanceOf(StoreThrottledError);
  });
});
