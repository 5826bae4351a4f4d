import type { Role } from '../../src/domain/entities/index.js';
import { snapshot } from '../support/api-assertions.js';
import { AS, BILAN_ROUTE_CASES, fakePdf, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';
import { listRoutes } from '../support/route-inventory.js';

const ROLES = Object.keys(AS) as Role[];

describe('every bilan, snapshot and export route × every role', () => {
  let server: BilanTestServer;
  beforeAll(async () => {
    server = await startBilanTestServer({ pdf: fakePdf });
  });
  afterAll(() => server.close());

  it('has a rule for every route the bilan routers serve, and no rule for a route they do not serve', () => {
    const served = listRoutes(server.app)
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => r.includes(' /api/'));
    expect([...served].sort()).toEqual(Object.keys(BILAN_ROUTE_CASES).sort());
  });

  const table = Object.entries(BILAN_ROUTE_CASES).flatMap(([route, c]) => ROLES.map((role) => [route, role, c.allowed.includes(role)] as const));

  it.each(table)('%s as %s → allowed: %s', async (route, role, allowed) => {
    const method = route.split(' ')[0]!;
    const built = await BILAN_ROUTE_CASES[route]!.build(server);
    const before = await snapshot(server.store);
    const snapshotsBefore = await server.store.operations.snapshot.find();
    const res = await server.api(built.path, { method, body: built.body, as: AS[role] });
    if (allowed) {
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(300);
    } else {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await snapshot(server.store)).toEqual(before);
      expect(await server.store.operations.snapshot.find()).toEqual(snapshotsBefore);
    }
  });

  it('answers 401 on every route to an identity it does not know', async () => {
    for (const route of Object.keys(BILAN_ROUTE_CASES)) {
      const [method] = route.split(' ');
      const path = route.replace(/^\S+ \/api\/v1/, '').replace(':id', 'x').replace(':kind', 'axis');
      const res = await server.api(path, { method, as: 'pers-inconnu', body: method === 'GET' ? undefined : {} });
      expect([route, res.status]).toEqual([route, 401]);
    }
  });
});
