import { createList, graphClient, startTestEmulator, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

describe('sites', () => {
  it('answers GET /sites/{site-id} and the hostname:/path address form', async () => {
    const byId = await t.call('GET', t.sitePath());
    const byPath = await t.call('GET', '/sites/contoso.sharepoint.com:/sites/capmandat');
    expect(byId.status).toBe(200);
    expect(byPath.body).toMatchObject({ id: t.emulator.siteId, webUrl: 'https://contoso.sharepoint.com/sites/capmandat' });
    expect(t.emulator.siteId).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
  });

  it('answers 404 itemNotFound for another site', async () => {
    const response = await t.call('GET', '/sites/contoso.sharepoint.com:/sites/other');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('itemNotFound');
  });

  it('answers 400 for an unknown segment and 405 for a wrong method', async () => {
    const unknown = await t.call('GET', t.sitePath('/drives/x'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'drives'." });
    expect((await t.call('DELETE', t.sitePath('/lists'))).status).toBe(405);
    expect((await t.call('GET', t.sitePath('/lists/%E0%A4%A'))).status).toBe(400);
  });
});

describe('lists and columns', () => {
  it('creates a genericList that already has a required Title column, and derives its name', async () => {
    const created = await t.call('POST', t.sitePath('/lists'), {
      body: { displayName: 'Plan Actions', columns: [{ name: 'Status', choice: { choices: ['open', 'done'] }, indexed: true }], list: { template: 'genericList' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: 'Plan Actions', name: 'PlanActions', list: { template: 'genericList' } });
    const columns = await t.call('GET', t.sitePath(`/lists/${created.body.id}/columns`));
    const title = columns.body.value.find((c: { name: string }) => c.name === 'Title');
    expect(title).toMatchObject({ required: true, text: { maxLength: 255, allowMultipleLines: false } });
    expect(columns.body.value.find((c: { name: string }) => c.name === 'Status')).toMatchObject({ indexed: true, choice: { choices: ['open', 'done'] } });
  });

  it('refuses a second list with the same title (any case) with 409 nameAlreadyExists', async () => {
    await createList(t, 'Engagements', []);
    const again = await t.call('POST', t.sitePath('/lists'), { body: { displayName: 'ENGAGEMENTS', list: { template: 'genericList' } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nameAlreadyExists');
  });

  it("refuses a list 'name', as Graph assigns it", async () => {
    const response = await t.call('POST', t.sitePath('/lists'), { body: { name: 'Books', displayName: 'Books', list: { template: 'genericList' } } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalidRequest', message: expect.stringContaining("Instead, provide 'displayName'") });
  });

  it('finds lists by $filter=displayName eq with doubled quotes, and by title in the path', async () => {
    const id = await createList(t, "Retours d'ateliers", []);
    const found = await t.call('GET', t.sitePath(`/lists?$filter=displayName eq 'Retours d''ateliers'`));
    expect(found.body.value.map((l: { id: string }) => l.id)).toEqual([id]);
    const byTitle = await t.call('GET', t.sitePath(`/lists/${encodeURIComponent("Retours d'ateliers")}?$expand=columns`));
    expect(byTitle.body.id).toBe(id);
    expect(byTitle.body.columns.length).toBeGreaterThan(0);
    expect((await t.call('GET', t.sitePath('/lists/Missing'))).status).toBe(404);
  });

  it('adds columns of every supported type and refuses a duplicate column name', async () => {
    const listId = await createList(t, 'Indicateurs', []);
    const columns = [
      { name: 'Label', text: { maxLength: 80 }, required: true, description: 'Libellé' },
      { name: 'Notes', text: { allowMultipleLines: true } },
      { name: 'Target', number: { minimum: 0, maximum: 100, decimalPlaces: 'two' } },
      { name: 'DueDate', dateTime: { format: 'dateOnly' } },
      { name: 'Weather', choice: { choices: ['sunny', 'stormy'] } },
      { name: 'Active', boolean: {} },
      { name: 'Link', hyperlinkOrPicture: { isPicture: false } },
      { name: 'Code', text: {}, indexed: true, enforceUniqueValues: true, hidden: true },
    ];
    for (const column of columns) expect((await t.call('POST', t.sitePath(`/lists/${listId}/columns`), { body: column })).status).toBe(201);
    const duplicate = await t.call('POST', t.sitePath(`/lists/${listId}/columns`), { body: { name: 'label', text: {} } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('nameAlreadyExists');
    const titleClash = await t.call('POST', t.sitePath(`/lists/${listId}/columns`), { body: { name: 'Title', text: {} } });
    expect(titleClash.status).toBe(409);
  });

  it('refuses invalid column definitions', async () => {
    const listId = await createList(t, 'Bad Columns', []);
    const post = (body: unknown): ReturnType<TestEmulator['call']> => t.call('POST', t.sitePath(`/lists/${listId}/columns`), { body });
    expect((await post({ name: 'Long', text: { maxLength: 300 } })).status).toBe(400);
    expect((await post({ name: 'Two', text: {}, number: {} })).status).toBe(400);
    expect((await post({ name: 'Has space', text: {} })).status).toBe(400);
    expect((await post({ name: 'Unique', text: {}, enforceUniqueValues: true })).body.error.message).toMatch(/must be indexed/);
  });

  it('PATCHes a column to index it, and keeps the change', async () => {
    const listId = await createList(t, 'Mesures', [{ name: 'Year', number: {} }]);
    const patched = await t.call('PATCH', t.sitePath(`/lists/${listId}/columns/Year`), { body: { indexed: true, description: 'Année' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Year', indexed: true, description: 'Année' });
    const again = await t.call('GET', t.sitePath(`/lists/${listId}/columns/${patched.body.id}`));
    expect(again.body.indexed).toBe(true);
    expect((await t.call('PATCH', t.sitePath(`/lists/${listId}/columns/Year`), { body: { text: {} } })).status).toBe(400);
  });

  it('creates a list through the real Graph client', async () => {
    const client = graphClient(t.emulator);
    const list = await client.api(`/sites/${t.emulator.siteId}/lists`).post({ displayName: 'Services', columns: [{ name: 'Parent', text: {} }], list: { template: 'genericList' } });
    const found = await client.api(`/sites/${t.emulator.siteId}/lists`).filter("displayName eq 'Services'").get();
    expect(found.value).toEqual([expect.objectContaining({ id: list.id })]);
  });
});
