import { CHANGE_LOG_CAPACITY } from '../../tools/graph-emulator/store/change-log.js';
import { createList, graphClient, startTestEmulator, type AnyJson, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
let listPath: string;
beforeAll(async () => {
  t = await startTestEmulator({ pageSize: 3 });
  const listId = await createList(t, 'Indicateurs', [{ name: 'Value', number: {} }]);
  listPath = t.sitePath(`/lists/${listId}`);
  for (let i = 1; i <= 5; i++) await t.call('POST', `${listPath}/items`, { body: { fields: { Title: `I${i}`, Value: i } } });
});
afterAll(() => t.close());

/** Follows nextLinks until the deltaLink; returns every entry and the deltaLink. */
async function drain(url: string): Promise<{ entries: AnyJson[]; deltaLink: string; pages: number }> {
  const entries: AnyJson[] = [];
  let next = url;
  for (let pages = 1; pages < 100; pages++) {
    const page = await t.call('GET', next);
    expect(page.status).toBe(200);
    entries.push(...page.body.value);
    if (page.body['@odata.deltaLink']) return { entries, deltaLink: page.body['@odata.deltaLink'], pages };
    next = page.body['@odata.nextLink'];
    expect(next).toEqual(expect.any(String));
  }
  throw new Error('delta never reached a deltaLink');
}

describe('items delta', () => {
  it('enumerates every item over pages (honouring $expand=fields($select=…)) until a deltaLink', async () => {
    const { entries, deltaLink, pages } = await drain(`${listPath}/items/delta?$expand=fields($select=Title,Value)`);
    expect(pages).toBe(2);
    expect(entries.map((e) => e.fields.Title)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5']);
    expect(entries[0].fields).toEqual({ '@odata.etag': entries[0].eTag, Title: 'I1', Value: 1 });
    expect(deltaLink.startsWith(`${t.emulator.graphBaseUrl}/sites/`)).toBe(true);
    expect(deltaLink).toMatch(/[?&]token=[\w-]+/);
    const nothingNew = await t.call('GET', deltaLink);
    expect(nothingNew.body.value).toEqual([]);
    expect(nothingNew.body['@odata.deltaLink']).toBeDefined();
  });

  it('gives only a deltaLink for token=latest, then only the changes since: updates, UI edits, creations and deletes', async () => {
    const latest = await t.call('GET', `${listPath}/items/delta?token=latest&$expand=fields`);
    expect(latest.body.value).toEqual([]);
    await t.call('PATCH', `${listPath}/items/2/fields`, { body: { Value: 20 } });
    await t.emulator.editItemAsUser('Indicateurs', '3', { Value: 30 });
    const created = await t.call('POST', `${listPath}/items`, { body: { fields: { Title: 'I6', Value: 6 } } });
    await t.call('DELETE', `${listPath}/items/4`);
    const { entries, deltaLink } = await drain(latest.body['@odata.deltaLink']);
    expect(entries.map((e) => e.id)).toEqual(['2', '3', created.body.id, '4']);
    expect(entries[0].fields.Value).toBe(20);
    expect(entries[1].lastModifiedBy.user.displayName).toBe('Alex Wilber');
    expect(entries[3]).toEqual({ id: '4', deleted: { state: 'deleted' } });
    expect((await t.call('GET', deltaLink)).body.value).toEqual([]);
  });

  it('may show an item changed twice twice: the last occurrence holds its current state', async () => {
    const latest = await t.call('GET', `${listPath}/items/delta?token=latest&$expand=fields`);
    await t.call('PATCH', `${listPath}/items/1/fields`, { body: { Value: 100 } });
    await t.call('PATCH', `${listPath}/items/1/fields`, { body: { Value: 101 } });
    const { entries } = await drain(latest.body['@odata.deltaLink']);
    expect(entries.map((e) => e.id)).toEqual(['1', '1']);
    expect(entries[entries.length - 1].fields.Value).toBe(101);
  });

  it('answers 410 resyncRequired with a Location that restarts the enumeration when a resync is forced', async () => {
    const latest = await t.call('GET', `${listPath}/items/delta?token=latest&$expand=fields`);
    t.emulator.setFaults({ forceDeltaResync: true, retryAfterSeconds: 0 });
    const gone = await t.call('GET', latest.body['@odata.deltaLink']);
    expect(gone.status).toBe(410);
    expect(gone.body.error).toMatchObject({ code: 'resyncRequired', innerError: { code: 'resyncChangesApplyDifferences' } });
    const location = gone.headers.get('location') ?? '';
    expect(location).toMatch(/\/items\/delta\?\$expand=fields$/);
    const restarted = await drain(location);
    expect(restarted.entries.length).toBeGreaterThan(0);
    // Once per forced resync: the same token works again afterwards.
    expect((await t.call('GET', latest.body['@odata.deltaLink'])).status).toBe(200);
    t.emulator.setFaults({ retryAfterSeconds: 0 });
  });

  it('answers 410 to a token older than the kept change log, as for an expired token', async () => {
    const latest = await t.call('GET', `${listPath}/items/delta?token=latest`);
    for (let i = 0; i <= CHANGE_LOG_CAPACITY; i++) await t.emulator.editItemAsUser('Indicateurs', '1', { Value: i });
    const gone = await t.call('GET', latest.body['@odata.deltaLink']);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('resyncRequired');
  });

  it('refuses a token it did not issue with 400, and counts 2 units without token and 1 with', async () => {
    expect((await t.call('GET', `${listPath}/items/delta?token=bogus`)).status).toBe(400);
    t.emulator.resetStats();
    const latest = await t.call('GET', `${listPath}/items/delta?token=latest`);
    await t.call('GET', latest.body['@odata.deltaLink']);
    await t.call('GET', `${listPath}/items/delta?$top=50`);
    expect(t.emulator.stats().byEndpoint['GET /sites/{site}/lists/{list}/items/delta']).toEqual({ requests: 3, resourceUnits: 4 });
  });

  it('is followed to its deltaLink by the real Graph client, with a 410 surfacing as GraphError', async () => {
    const client = graphClient(t.emulator);
    let page: AnyJson = await client.api(`${listPath}/items/delta`).expand('fields').get();
    while (page['@odata.nextLink']) page = await client.api(page['@odata.nextLink']).get();
    const deltaLink: string = page['@odata.deltaLink'];
    await t.call('PATCH', `${listPath}/items/5/fields`, { body: { Value: 55 } });
    const changes = await client.api(deltaLink).get();
    expect(changes.value.map((e: AnyJson) => [e.id, e.fields.Value])).toEqual([['5', 55]]);
    t.emulator.setFaults({ forceDeltaResync: true, retryAfterSeconds: 0 });
    await expect(client.api(changes['@odata.deltaLink']).get()).rejects.toMatchObject({ statusCode: 410, code: 'resyncRequired' });
    t.emulator.setFaults({ retryAfterSeconds: 0 });
  });
});
