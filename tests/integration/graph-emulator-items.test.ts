import { GraphError } from '@microsoft/microsoft-graph-client';
import { createList, graphClient, startTestEmulator, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
let itemsPath: string;
beforeAll(async () => {
  t = await startTestEmulator();
  const listId = await createList(t, 'Actions', [
    { name: 'Code', text: { maxLength: 10 }, indexed: true, enforceUniqueValues: true },
    { name: 'Progress', number: { minimum: 0, maximum: 100 } },
    { name: 'DueDate', dateTime: { format: 'dateOnly' } },
    { name: 'Weather', choice: { choices: ['sunny', 'cloudy'] } },
    { name: 'Late', boolean: {} },
    { name: 'Owner', text: {}, required: true },
    { name: 'Link', hyperlinkOrPicture: {} },
  ]);
  itemsPath = t.sitePath(`/lists/${listId}/items`);
});
afterAll(() => t.close());

const create = (fields: Record<string, unknown>): ReturnType<TestEmulator['call']> => t.call('POST', itemsPath, { body: { fields } });
let codeCounter = 0;
const valid = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Title: 'Créer une maison de santé', Owner: 'DGS', Code: `A-${++codeCounter}`, ...extra });

describe('list items', () => {
  it('creates an item (201) with incrementing ids, an eTag "{GUID},1" and all fields, empty ones left out', async () => {
    const first = await create(valid({ Progress: 10, DueDate: '2027-03-31', Weather: 'sunny', Late: false }));
    const second = await create(valid());
    expect(first.status).toBe(201);
    expect(Number(second.body.id)).toBe(Number(first.body.id) + 1);
    expect(first.body.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(first.body.fields).toMatchObject({ Title: 'Créer une maison de santé', Progress: 10, DueDate: '2027-03-31T00:00:00Z', Weather: 'sunny', Late: false, id: first.body.id, ContentType: 'Item' });
    expect(first.body.createdBy.user.displayName).toBe('SharePoint App');
    expect(second.body.fields).not.toHaveProperty('Progress');
  });

  it('reads one item with and without $expand=fields', async () => {
    const created = await create(valid({ Progress: 5 }));
    const bare = await t.call('GET', `${itemsPath}/${created.body.id}`);
    expect(bare.body).not.toHaveProperty('fields');
    const expanded = await t.call('GET', `${itemsPath}/${created.body.id}?$expand=fields($select=Progress,Title)`);
    expect(expanded.body.fields).toEqual({ '@odata.etag': created.body.eTag, Progress: 5, Title: 'Créer une maison de santé' });
    const selected = await t.call('GET', `${itemsPath}/${created.body.id}?$select=id,eTag,lastModifiedDateTime`);
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', '@odata.etag', 'eTag', 'id', 'lastModifiedDateTime']);
    expect((await t.call('GET', `${itemsPath}/9999`)).body.error.code).toBe('itemNotFound');
    expect((await t.call('GET', `${itemsPath}/1?$select=colour`)).status).toBe(400);
  });

  it('PATCHes fields, keeps untouched ones, clears with null, answers 200 with all fields and bumps the eTag', async () => {
    const created = await create(valid({ Progress: 20, Weather: 'cloudy' }));
    const patched = await t.call('PATCH', `${itemsPath}/${created.body.id}/fields`, { body: { Progress: 40, Weather: null }, headers: { 'if-match': created.body.eTag } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ Progress: 40, Owner: 'DGS', _UIVersionString: '2.0' });
    expect(patched.body).not.toHaveProperty('Weather');
    expect(patched.body['@odata.etag']).toBe(created.body.eTag.replace(/,1"$/, ',2"'));
  });

  it('answers 412 on a stale If-Match and changes nothing; "*" always matches', async () => {
    const created = await create(valid({ Progress: 1 }));
    const url = `${itemsPath}/${created.body.id}/fields`;
    await t.call('PATCH', url, { body: { Progress: 2 }, headers: { 'if-match': created.body.eTag } });
    const stale = await t.call('PATCH', url, { body: { Progress: 99 }, headers: { 'if-match': created.body.eTag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'preconditionFailed', innerError: { 'request-id': expect.any(String) } });
    const items = await t.emulator.inspectList('Actions');
    expect(items.find((i) => i.id === created.body.id)?.fields['Progress']).toBe(2);
    expect((await t.call('PATCH', url, { body: { Progress: 3 }, headers: { 'if-match': '*' } })).status).toBe(200);
    const staleDelete = await t.call('DELETE', `${itemsPath}/${created.body.id}`, { headers: { 'if-match': created.body.eTag } });
    expect(staleDelete.status).toBe(412);
  });

  it('deletes with 204, then answers 404', async () => {
    const created = await create(valid());
    const deleted = await t.call('DELETE', `${itemsPath}/${created.body.id}`, { headers: { 'if-match': created.body.eTag } });
    expect(deleted.status).toBe(204);
    expect((await t.call('GET', `${itemsPath}/${created.body.id}`)).status).toBe(404);
  });

  it.each([
    ['a string in a number column', { Progress: '12' }, /number is expected/],
    ['a number over the maximum', { Progress: 101 }, /between 0 and 100/],
    ['an unknown field', { Colour: 'red' }, /^Field 'Colour' is not recognized$/],
    ['text over maxLength', { Code: 'ABCDEFGHIJK' }, /maximum length of 10/],
    ['a value outside the choices', { Weather: 'rainy' }, /not a valid choice/],
    ['a boolean as text', { Late: 'yes' }, /boolean is expected/],
    ['a malformed date', { DueDate: '31/03/2027' }, /ISO 8601/],
    ['a write to a hyperlink column', { Link: { Url: 'https://example.org' } }, /cannot be written through Microsoft Graph/],
    ['a write to a read-only column', { Created: '2026-01-01T00:00:00Z' }, /read-only/],
  ])('answers 400 invalidRequest for %s', async (_label, fields, message) => {
    const response = await create(valid(fields));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalidRequest');
    expect(response.body.error.message).toMatch(message);
  });

  it('answers 400 when a required field is missing or cleared', async () => {
    const missing = await create({ Title: 'Sans pilote', Code: 'R-1' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("Field 'Owner' is required.");
    const created = await create(valid());
    const cleared = await t.call('PATCH', `${itemsPath}/${created.body.id}/fields`, { body: { Owner: null } });
    expect(cleared.status).toBe(400);
  });

  it("answers SharePoint's unique-constraint error, ignoring case, on create and on update", async () => {
    await create(valid({ Code: 'U-1' }));
    const clash = await create(valid({ Code: 'u-1' }));
    expect(clash.status).toBe(400);
    expect(clash.body.error).toMatchObject({ code: 'invalidRequest', message: 'One or more fields with unique constraints already has the provided value.' });
    const other = await create(valid({ Code: 'U-2' }));
    expect((await t.call('PATCH', `${itemsPath}/${other.body.id}/fields`, { body: { Code: 'U-1' } })).status).toBe(400);
    expect((await t.call('PATCH', `${itemsPath}/${other.body.id}/fields`, { body: { Code: 'U-2', Progress: 7 } })).status).toBe(200);
  });

  it('refuses a non-JSON body like Graph', async () => {
    const response = await t.call('POST', itemsPath, { rawBody: 'fields=1', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Unable to read JSON request payload/);
  });

  it('round-trips through the real Graph client, surfacing 412 as a GraphError', async () => {
    const client = graphClient(t.emulator);
    const created = await client.api(itemsPath).post({ fields: valid({ Progress: 50 }) });
    const fields = await client.api(`${itemsPath}/${created.id}/fields`).header('If-Match', created.eTag).patch({ Progress: 60 });
    expect(fields.Progress).toBe(60);
    const stale: unknown = await client.api(`${itemsPath}/${created.id}/fields`).header('If-Match', created.eTag).patch({ Progress: 70 }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(GraphError);
    expect(stale).toMatchObject({ statusCode: 412, code: 'preconditionFailed' });
    await client.api(`${itemsPath}/${created.id}`).delete();
    await expect(client.api(`${itemsPath}/${created.id}`).get()).rejects.toMatchObject({ statusCode: 404, code: 'itemNotFound' });
  });

  it('lets a person edit an item in the UI: fields change, eTag bumps, author is the person', async () => {
    const created = await create(valid({ Progress: 30 }));
    await t.emulator.editItemAsUser('Actions', created.body.id, { Progress: 35 });
    const after = await t.call('GET', `${itemsPath}/${created.body.id}?$expand=fields`);
    expect(after.body.fields.Progress).toBe(35);
    expect(after.body.eTag).not.toBe(created.body.eTag);
    expect(after.body.lastModifiedBy.user.displayName).toBe('Alex Wilber');
    await expect(t.emulator.editItemAsUser('Actions', created.body.id, { Progress: 'x' })).rejects.toThrow(/invalidRequest/);
  });
});
