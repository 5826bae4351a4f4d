import { createList, graphClient, startTestEmulator, type AnyJson, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
let itemsPath: string;
beforeAll(async () => {
  t = await startTestEmulator();
  const listId = await createList(t, 'Actions', [{ name: 'Progress', number: {} }]);
  itemsPath = t.sitePath(`/lists/${listId}/items`);
  await t.call('POST', itemsPath, { body: { fields: { Title: 'existing', Progress: 1 } } });
});
afterEach(() => t.emulator.setFaults({ retryAfterSeconds: 0 }));
afterAll(() => t.close());

describe('faults', () => {
  it('at 100 % answers every request 429 TooManyRequests with Retry-After, and a faulted write changes nothing', async () => {
    t.emulator.setFaults({ failureRate: 1, retryAfterSeconds: 2, throttleStatuses: [429] });
    const before = await t.emulator.inspectList('Actions');
    const responses = await Promise.all([
      t.call('GET', t.sitePath()),
      t.call('POST', itemsPath, { body: { fields: { Title: 'never', Progress: 5 } } }),
      t.call('PATCH', `${itemsPath}/1/fields`, { body: { Progress: 9 } }),
      t.call('DELETE', `${itemsPath}/1`),
      t.call('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: itemsPath }] } }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(response.body.error).toMatchObject({ code: 'TooManyRequests', innerError: { 'request-id': expect.any(String), date: expect.any(String) } });
    }
    expect(await t.emulator.inspectList('Actions')).toEqual(before);
    expect(t.emulator.stats().throttled).toBeGreaterThanOrEqual(5);
  });

  it('mixes 429 and 503 serviceNotAvailable deterministically from the seed', async () => {
    const run = async (): Promise<number[]> => {
      t.emulator.setFaults({ failureRate: 0.6, retryAfterSeconds: 0, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await t.call('GET', t.sitePath())).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));
    const unavailable = await (async () => {
      t.emulator.setFaults({ failureRate: 1, retryAfterSeconds: 0, throttleStatuses: [503] });
      return t.call('GET', t.sitePath());
    })();
    expect(unavailable.body.error.code).toBe('serviceNotAvailable');
    expect(unavailable.headers.get('retry-after')).toBe('0');
  });

  it("is retried by the Graph client's RetryHandler (3 retries) before the 429 surfaces", async () => {
    const client = graphClient(t.emulator);
    await client.api(t.sitePath()).get();
    t.emulator.setFaults({ failureRate: 1, retryAfterSeconds: 0, throttleStatuses: [429] });
    t.emulator.resetStats();
    await expect(client.api(t.sitePath()).get()).rejects.toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
    expect(t.emulator.stats().byEndpoint['GET /sites/{site}']).toEqual({ requests: 4, resourceUnits: 0 });
  });

  it('adds latency to every Graph round trip', async () => {
    t.emulator.setFaults({ latencyMs: 120, retryAfterSeconds: 0 });
    const started = Date.now();
    await t.call('GET', t.sitePath());
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('stats and admin endpoints', () => {
  it('counts round trips, endpoints and SharePoint resource units (1 single read, 2 query/create/update/delete)', async () => {
    t.emulator.resetStats();
    const created = await t.call('POST', itemsPath, { body: { fields: { Title: 'counted' } } });
    await t.call('GET', `${itemsPath}/${created.body.id}`);
    await t.call('GET', itemsPath);
    await t.call('PATCH', `${itemsPath}/${created.body.id}/fields`, { body: { Progress: 3 } });
    await t.call('DELETE', `${itemsPath}/${created.body.id}`);
    const stats = t.emulator.stats();
    expect(stats).toMatchObject({ requests: 5, innerRequests: 0, resourceUnits: 9, throttled: 0, tokensIssued: 0 });
    expect(stats.byEndpoint).toEqual({
      'POST /sites/{site}/lists/{list}/items': { requests: 1, resourceUnits: 2 },
      'GET /sites/{site}/lists/{list}/items/{item}': { requests: 1, resourceUnits: 1 },
      'GET /sites/{site}/lists/{list}/items': { requests: 1, resourceUnits: 2 },
      'PATCH /sites/{site}/lists/{list}/items/{item}/fields': { requests: 1, resourceUnits: 2 },
      'DELETE /sites/{site}/lists/{list}/items/{item}': { requests: 1, resourceUnits: 2 },
    });
  });

  it('serves stats, reset-stats and faults over HTTP without auth, outside the counts', async () => {
    await t.call('GET', t.sitePath());
    const stats = await t.call('GET', `${t.emulator.url}/_emulator/stats`, { token: null });
    expect(stats.body.requests).toBeGreaterThan(0);
    expect((await t.call('POST', `${t.emulator.url}/_emulator/reset-stats`, { token: null })).status).toBe(204);
    expect((await t.call('GET', `${t.emulator.url}/_emulator/stats`, { token: null })).body.requests).toBe(0);
    const set = await t.call('POST', `${t.emulator.url}/_emulator/faults`, { token: null, body: { failureRate: 1, retryAfterSeconds: 0, throttleStatuses: [429] } });
    expect(set.status).toBe(200);
    expect((await t.call('GET', t.sitePath())).status).toBe(429);
    const bad = await t.call('POST', `${t.emulator.url}/_emulator/faults`, { token: null, body: { failureRate: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/failureRate/);
  });

  it('exposes the x-ms-resource-unit header on answered requests', async () => {
    const response = await t.call('GET', itemsPath);
    expect(response.headers.get('x-ms-resource-unit')).toBe('2');
    const anyBody: AnyJson = response.body;
    expect(anyBody.value.length).toBeGreaterThan(0);
  });
});
