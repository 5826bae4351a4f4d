import type { ChangeContext } from '../../src/domain/entities/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ADMIN = 'pers-marc-tessier';
const PILOTAGE = 'pers-laurent-dufresne';
const READER = 'pers-romain-giraud';
const ctx: ChangeContext = { actor: { id: 'test', name: 'Test' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

describe('internal fields are hidden from readers', () => {
  let server: TestServer;
  let actionId: string;
  beforeAll(async () => {
    server = await startTestServer();
    // An action with blockers and a budget, late, so that it is on the dashboard too; then a change of blockers in history.
    const action = (await server.store.action.list()).find((a) => a.status === 'in_progress')!;
    actionId = action.id;
    const written = await server.store.action.update(
      { ...action, blockers: 'Marché infructueux : SECRET-BLOCAGE', budgetPlanned: 120_000, budgetSpent: 80_000, dueDate: '2026-01-15', startDate: '2025-01-01', status: 'blocked' },
      action.version,
      ctx,
    );
    expect(written.blockers).toContain('SECRET');
  });
  afterAll(() => server.close());

  it('shows blockers and budgets to the pilotage team and hides them from readers, everywhere', async () => {
    const asPilotage = await server.api(`/actions/${actionId}`, { as: PILOTAGE });
    expect(asPilotage.body).toMatchObject({ blockers: expect.stringContaining('SECRET'), budgetPlanned: 120_000 });

    const reads = [`/actions/${actionId}`, '/actions?limit=5000', '/roadmap', '/dashboard', `/actions/${actionId}/history`, '/history?limit=500'];
    for (const path of reads) {
      const res = await server.api(path, { as: READER });
      expect([path, res.status]).toEqual([path, 200]);
      const text = JSON.stringify(res.body);
      expect([path, text.includes('SECRET-BLOCAGE')]).toEqual([path, false]);
      expect([path, /"budget(Planned|Spent)"/.test(text)]).toEqual([path, false]);
    }
    const single = await server.api(`/actions/${actionId}`, { as: READER });
    expect(single.body.title).toBeDefined();
    expect(single.body.status).toBe('blocked');
  });

  it('follows the administrator’s choice, which the pilotage team cannot change', async () => {
    const mandate = await server.api('/mandate', { as: ADMIN });
    const refused = await server.api('/mandate', {
      method: 'PATCH',
      as: PILOTAGE,
      body: { internalFields: [] },
      headers: { 'If-Match': mandate.headers.get('etag')! },
    });
    expect(refused.status).toBe(403);

    const changed = await server.api('/mandate', {
      method: 'PATCH',
      as: ADMIN,
      body: { internalFields: ['commitment.gapJustification'] },
      headers: { 'If-Match': mandate.headers.get('etag')! },
    });
    expect(changed.status).toBe(200);
    const action = await server.api(`/actions/${actionId}`, { as: READER });
    expect(action.body.blockers).toContain('SECRET');
    const roadmap = await server.api('/roadmap', { as: READER });
    const commitments = (roadmap.body.axes as { commitments: { gapJustification?: string }[] }[]).flatMap((a) => a.commitments);
    expect(commitments.some((c) => c.gapJustification !== undefined)).toBe(false);
    const asPilotage = await server.api('/roadmap', { as: PILOTAGE });
    expect((asPilotage.body.axes as { commitments: { gapJustification?: string }[] }[]).flatMap((a) => a.commitments).some((c) => c.gapJustification)).toBe(true);

    const audit = await server.api('/audit', { as: ADMIN });
    expect(audit.status).toBe(200);
  });

  it('gives the filled import template (the import’s round trip) only to those who read internal fields', async () => {
    const fetchAs = (as: string, query: string) => fetch(`${server.url}/api/v1/import/template.xlsx${query}`, { headers: { 'X-Dev-User': as } });
    expect((await fetchAs(READER, '?withData=true')).status).toBe(403);
    expect((await fetchAs(READER, '')).status).toBe(200);
    expect((await fetchAs(PILOTAGE, '?withData=true')).status).toBe(200);
  });
});
