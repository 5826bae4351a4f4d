import { StoreThrottledError } from '../../src/ports/store-errors.js';
import { SERVER_TIMEOUTS } from '../../src/server/http/server-timeouts.js';
import { fakePdf } from '../support/bilan-test-server.js';
import { listRoutes } from '../support/route-inventory.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ writeRateLimit: { windowMs: 60_000, maxWritesPerWindow: 3 } });
  });
  afterAll(() => server.close());

  const patchAxis = async (as: string, description: string) => {
    const current = await server.api('/axes/axe-1');
    return server.api('/axes/axe-1', { method: 'PATCH', as, body: { description }, headers: { 'If-Match': current.headers.get('etag')! } });
  };

  it('sends a CSP that lets only Teams and Microsoft 365 frame the app, and no inline script', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com https:\/\/\*\.cloud\.microsoft/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const api = await server.api('/axes');
    expect(api.headers.get('content-security-policy')).toBe(csp);
  });

  it('limits writes per person with 429 and Retry-After, leaving reads and other people alone', async () => {
    const admin = 'pers-marc-tessier';
    for (let i = 1; i <= 3; i += 1) expect((await patchAxis(admin, `Version ${i}`)).status).toBe(200);
    const limited = await patchAxis(admin, 'Version 4');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await server.api('/axes/axe-1', { as: admin })).body.description).toBe('Version 3');
    expect((await server.api('/roadmap', { as: admin })).status).toBe(200);
    expect((await patchAxis('pers-laurent-dufresne', 'Par la DGS')).status).toBe(200);
  });
});

describe('store outages', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 503 with Retry-After when the store is throttled, without a stack trace', async () => {
    const spy = jest.spyOn(server.store.action, 'get').mockRejectedValueOnce(new StoreThrottledError('Graph answered 429', 7, 429));
    const res = await server.api('/actions/act-001', { headers: { 'Accept-Language': 'en' } });
    spy.mockRestore();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.body.error).toMatchObject({ code: 'store_throttled', details: [] });
    expect(res.body.error.message).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(res.body)).not.toContain('Graph answered');
  });
});

describe('change source', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('records tab edits as coming from the tab, and ignores sources a client may not claim', async () => {
    const patch = async (source: string | undefined, description: string) => {
      const current = await server.api('/axes/axe-2');
      const headers: Record<string, string> = { 'If-Match': current.headers.get('etag')! };
      if (source) headers['X-Change-Source'] = source;
      return server.api('/axes/axe-2', { method: 'PATCH', body: { description }, headers });
    };
    await patch('tab', 'Depuis l’onglet');
    await patch('import', 'Prétend venir d’un import');
    await patch(undefined, 'Script');
    const history = (await server.api('/axes/axe-2/history')).body.items;
    expect(history.slice(0, 3).map((h: { source: string }) => h.source)).toEqual(['api', 'api', 'tab']);
  });
});

describe('caching and time limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A fake PDF renderer: the walk is about headers, not Chromium.
    server = await startTestServer({ writeRateLimit: { windowMs: 60_000, maxWritesPerWindow: 10_000 }, services: { pdf: fakePdf } });
  });
  afterAll(() => server.close());

  /** The read models that answer with a revision ETag: caches may keep them, but must ask again (If-None-Match → 304). */
  const REVALIDATED = new Set(['GET /api/v1/roadmap', 'GET /api/v1/dashboard']);

  it('tells every cache not to keep any /api/v1 answer, errors included; the ETag read models to revalidate instead', async () => {
    const routes = listRoutes(server.app).filter((r) => r.path.startsWith('/api/v1/'));
    expect(routes.length).toBeGreaterThan(40);
    const seen: string[] = [];
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      const concrete = path.replace(/:[A-Za-z]+/g, 'x').replace('/api/v1', '');
      const res = await server.api(concrete, { method, ...(method === 'GET' ? {} : { body: {} }) });
      const expected = REVALIDATED.has(route) && res.status === 200 ? 'private, no-cache' : 'no-store';
      seen.push(`${route} → ${res.headers.get('cache-control')}`);
      expect([route, res.headers.get('cache-control')]).toEqual([route, expected]);
    }
    // Unauthenticated, unknown and malformed requests too.
    expect((await server.api('/axes', { as: 'pers-inconnu' })).headers.get('cache-control')).toBe('no-store');
    expect((await server.api('/nulle-part')).headers.get('cache-control')).toBe('no-store');
    expect(seen.length).toBe(routes.length);
  }, 60_000);

  it('lets the ETag read models answer 304 to a revalidation', async () => {
    const first = await server.api('/roadmap');
    const again = await server.api('/roadmap', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('runs under the production time limits: slow requests cut before Azure’s 230 s, idle connections kept past its 4 minutes', () => {
    expect(server.http.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeoutMs);
    expect(server.http.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeoutMs);
    expect(server.http.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeoutMs);
    expect(server.http.requestTimeout).toBeLessThan(230_000);
    expect(server.http.headersTimeout).toBeLessThan(server.http.requestTimeout);
    expect(server.http.keepAliveTimeout).toBeGreaterThan(240_000);
  });
});
