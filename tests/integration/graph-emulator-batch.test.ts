import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { createList, graphClient, startTestEmulator, type AnyJson, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
let listId: string;
let itemsUrl: string;
beforeAll(async () => {
  t = await startTestEmulator();
  listId = await createList(t, 'Mesures', [{ name: 'Value', number: {} }, { name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }]);
  itemsUrl = `/sites/${t.emulator.siteId}/lists/${listId}/items`;
});
afterAll(() => t.close());

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const postMember = (id: string, title: string, extra: Record<string, unknown> = {}): AnyJson => ({ id, method: 'POST', url: itemsUrl, headers: JSON_HEADERS, body: { fields: { Title: title, Value: Number(id) || 0 } }, ...extra });
const batch = (requests: AnyJson[]): ReturnType<TestEmulator['call']> => t.call('POST', '/$batch', { body: { requests } });
const count = async (): Promise<number> => (await t.emulator.inspectList('Mesures')).length;

describe('$batch', () => {
  it('runs 20 requests in one round trip, answering in a shuffled but complete order', async () => {
    t.emulator.resetStats();
    const before = await count();
    const members = Array.from({ length: 20 }, (_, i) => postMember(String(i + 1), `M${i + 1}`));
    const response = await batch(members);
    expect(response.status).toBe(200);
    const ids = response.body.responses.map((r: AnyJson) => r.id);
    expect([...ids].sort((a: string, b: string) => Number(a) - Number(b))).toEqual(members.map((m) => m.id));
    expect(ids).not.toEqual(members.map((m) => m.id));
    expect(response.body.responses.every((r: AnyJson) => r.status === 201 && r.body.fields.Title && r.headers['Content-Type'])).toBe(true);
    expect(await count()).toBe(before + 20);
    const stats = t.emulator.stats();
    expect(stats).toMatchObject({ requests: 1, innerRequests: 20, resourceUnits: 40 });
    expect(stats.byEndpoint['POST /$batch']).toEqual({ requests: 1, resourceUnits: 0 });
    expect(stats.byEndpoint['POST /sites/{site}/lists/{list}/items']).toEqual({ requests: 20, resourceUnits: 40 });
  });

  it('refuses 21 requests, duplicate ids (any case) and unknown dependsOn with 400, running nothing', async () => {
    const before = await count();
    const tooMany = await batch(Array.from({ length: 21 }, (_, i) => postMember(String(i + 1), 'x')));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('BadRequest');
    expect((await batch([postMember('a', 'x'), postMember('A', 'y')])).status).toBe(400);
    expect((await batch([postMember('a', 'x', { dependsOn: ['zz'] })])).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a member with a body but no Content-Type with 400 for the whole batch', async () => {
    const before = await count();
    const response = await batch([postMember('1', 'ok'), { id: '2', method: 'POST', url: itemsUrl, body: { fields: { Title: 'no header' } } }]);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('Write request id : 2 does not contain Content-Type header or body.');
    expect(await count()).toBe(before);
  });

  it('answers 424 down a serial chain after a failed member, and nothing else changes', async () => {
    const before = await count();
    const response = await batch([
      postMember('1', 'first', { body: { fields: { Title: 'first', Key: 'S1' } } }),
      postMember('2', 'dup', { body: { fields: { Title: 'dup', Key: 's1' } }, dependsOn: ['1'] }),
      postMember('3', 'after dup', { dependsOn: ['2'] }),
    ]);
    const byId = Object.fromEntries(response.body.responses.map((r: AnyJson) => [r.id, r]));
    expect(byId['1'].status).toBe(201);
    expect(byId['2'].status).toBe(400);
    expect(byId['2'].body.error.message).toBe('One or more fields with unique constraints already has the provided value.');
    expect(byId['3'].status).toBe(424);
    expect(byId['3'].body.error.code).toEqual(expect.any(String));
    expect(await count()).toBe(before + 1);
  });

  it('runs every dependent of a member that succeeded when all depend on the same first request', async () => {
    const response = await batch([
      postMember('1', 'root', { body: { fields: { Title: 'root', Key: 'R1' } } }),
      postMember('2', 'dup', { body: { fields: { Title: 'dup', Key: 'r1' } }, dependsOn: ['1'] }),
      postMember('3', 'after root', { dependsOn: ['1'] }),
    ]);
    const byId = Object.fromEntries(response.body.responses.map((r: AnyJson) => [r.id, r]));
    expect([byId['1'].status, byId['2'].status, byId['3'].status]).toEqual([201, 400, 201]);
  });

  it('answers a member with a version prefix or an unknown route with 400, and accepts a url without leading slash', async () => {
    const response = await batch([
      { id: 'v', method: 'GET', url: `/v1.0${itemsUrl}` },
      { id: 'r', method: 'GET', url: `sites/${t.emulator.siteId}/lists/${listId}` },
      { id: 'x', method: 'GET', url: '/me' },
    ]);
    const byId = Object.fromEntries(response.body.responses.map((r: AnyJson) => [r.id, r]));
    expect(byId['v']).toMatchObject({ status: 400, body: { error: { message: "Resource not found for the segment 'v1.0'." } } });
    expect(byId['r'].status).toBe(200);
    expect(byId['x'].status).toBe(400);
  });

  it('throttles members one by one: a 429 with Retry-After inside a 200 batch, changing nothing', async () => {
    t.emulator.setFaults({ failureRate: 0.5, retryAfterSeconds: 3, seed: 7, throttleStatuses: [429] });
    const before = await count();
    let response: AnyJson;
    // The outer round trip can be throttled too; the seed makes this deterministic.
    for (let attempt = 0; attempt < 5; attempt++) {
      response = await batch(Array.from({ length: 10 }, (_, i) => postMember(String(i + 1), `T${i}`)));
      if (response.status === 200) break;
    }
    t.emulator.setFaults({ retryAfterSeconds: 0 });
    expect(response.status).toBe(200);
    const throttled = response.body.responses.filter((r: AnyJson) => r.status === 429);
    const created = response.body.responses.filter((r: AnyJson) => r.status === 201);
    expect(throttled.length).toBeGreaterThan(0);
    expect(created.length).toBeGreaterThan(0);
    expect(throttled[0].headers['Retry-After']).toBe('3');
    expect(throttled[0].body.error.code).toBe('TooManyRequests');
    expect(await count()).toBe(before + created.length);
  });

  it('works with the real Graph client BatchRequestContent given host-only URLs (3.0.7 keeps any /v1.0 segment)', async () => {
    const client = graphClient(t.emulator);
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`${t.emulator.url}${itemsUrl}?$top=1`, { method: 'GET' }) },
      { id: '2', request: new Request(`${t.emulator.graphBaseUrl}${itemsUrl}?$top=1`, { method: 'GET' }) },
    ]);
    const payload = await content.getContent();
    expect(payload.requests.map((r) => r.url)).toEqual([`${itemsUrl}?$top=1`, `/v1.0${itemsUrl}?$top=1`]);
    const parsed = new BatchResponseContent(await client.api('/$batch').post(payload));
    const hostOnly = parsed.getResponseById('1');
    expect(hostOnly.status).toBe(200);
    expect(((await hostOnly.json()) as { value: unknown[] }).value).toHaveLength(1);
    expect(parsed.getResponseById('2').status).toBe(400);
  });
});

describe('$batch dependency shapes (what Graph and the SDK BatchRequestContent accept)', () => {
  const get = (id: string, dependsOn?: string[]): AnyJson => ({ id, method: 'GET', url: `${itemsUrl}?$top=1`, ...(dependsOn ? { dependsOn } : {}) });
  const statuses = async (requests: AnyJson[]): Promise<number[]> => {
    const response = await batch(requests);
    expect(response.status).toBe(200);
    const byId = new Map<string, number>(response.body.responses.map((r: AnyJson) => [r.id, r.status]));
    return requests.map((r) => byId.get(r.id) ?? 0);
  };
  const refusal = async (requests: AnyJson[]): Promise<AnyJson> => {
    const before = await count();
    const response = await batch(requests);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BadRequest');
    expect(await count()).toBe(before);
    return response.body.error;
  };

  it('accepts parallel, serial and same-request shapes, and a lone member', async () => {
    expect(await statuses([get('a'), get('b'), get('c')])).toEqual([200, 200, 200]);
    expect(await statuses([get('a'), get('b', ['a']), get('c', ['b']), get('d', ['c'])])).toEqual([200, 200, 200, 200]);
    expect(await statuses([get('a'), get('b', ['a']), get('c', ['A']), get('d', ['a'])])).toEqual([200, 200, 200, 200]);
    expect(await statuses([get('a')])).toEqual([200]);
  });

  it('refuses two independent chains in one batch (what bulk create used to send)', async () => {
    const error = await refusal([postMember('c0', 'x'), postMember('h0', 'y', { dependsOn: ['c0'] }), postMember('c1', 'z'), postMember('h1', 'w', { dependsOn: ['c1'] })]);
    expect(error.message).toBe('Batch should be either fully sequential or fully parallel.');
  });

  it('refuses a mix of chains and independent members, and a tree', async () => {
    expect((await refusal([postMember('1', 'x'), postMember('2', 'y', { dependsOn: ['1'] }), postMember('3', 'z')])).message).toBe(
      'Batch should be either fully sequential or fully parallel.',
    );
    await refusal([postMember('1', 'x'), postMember('2', 'y', { dependsOn: ['1'] }), postMember('3', 'z', { dependsOn: ['2'] }), postMember('4', 'w', { dependsOn: ['1'] })]);
  });

  it('refuses a member that depends on two members, or on one that comes after it', async () => {
    const two = await refusal([postMember('1', 'x'), postMember('2', 'y'), postMember('3', 'z', { dependsOn: ['1', '2'] })]);
    expect(two.message).toMatch(/^Invalid dependency for request Id 3/);
    const forward = await refusal([postMember('1', 'x', { dependsOn: ['2'] }), postMember('2', 'y')]);
    expect(forward.message).toMatch(/^Invalid dependency for request Id 1/);
    await refusal([postMember('1', 'x', { dependsOn: ['1'] })]);
  });

  it('the Graph SDK refuses the same shapes before sending', async () => {
    const request = (): Request => new Request(`${t.emulator.url}${itemsUrl}?$top=1`, { method: 'GET' });
    const chains = new BatchRequestContent([
      { id: 'c0', request: request() },
      { id: 'h0', request: request(), dependsOn: ['c0'] },
      { id: 'c1', request: request() },
      { id: 'h1', request: request(), dependsOn: ['c1'] },
    ]);
    await expect(chains.getContent()).rejects.toThrow(/Invalid dependency found/);
    const same = new BatchRequestContent([
      { id: 'a', request: request() },
      { id: 'b', request: request(), dependsOn: ['a'] },
      { id: 'c', request: request(), dependsOn: ['a'] },
    ]);
    expect((await batch((await same.getContent()).requests as unknown as AnyJson[])).status).toBe(200);
  });
});
