import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(async () => {
  await server.close();
});

const get = (p: string, accept = 'text/html') => fetch(`${server.url}${p}`, { headers: { Accept: accept } });

describe('the server serving the built tab', () => {
  it('serves index.html at / and for any page path, never cached', async () => {
    for (const p of ['/', '/roadmap', '/actions/act-001']) {
      const res = await get(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year', async () => {
    const asset = fs.readdirSync(path.resolve(__dirname, '../../dist/tab/assets')).find((f) => f.endsWith('.js'));
    const res = await get(`/assets/${asset}`, '*/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with a 404, not with the page', async () => {
    const res = await get('/assets/nothing-12345678.js', '*/*');
    expect(res.status).toBe(404);
  });

  it('leaves the API alone: an unknown API route is still a JSON 404', async () => {
    const res = await get('/api/nowhere');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
  });
});
