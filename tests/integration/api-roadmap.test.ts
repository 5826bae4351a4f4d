import type { Action, ChangeContext } from '../../src/domain/entities/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-01T00:00:00.000Z' };
const act = (id: string, commitmentId: string, extra: Partial<Action>): Action => ({
  id,
  commitmentId,
  title: `Action ${id}`,
  status: 'in_progress',
  half: 'first',
  ...extra,
});

/** Two axes, three commitments, six actions and two indicators whose figures can be worked out by hand. Today is 2026-11-27. */
async function loadFixture(server: TestServer): Promise<void> {
  const s = server.store;
  await s.person.createMany(
    [
      { id: 'pers-admin', displayName: 'Alice Admin', role: 'administrator', serviceIds: [] },
      { id: 'pers-elu', displayName: 'Élodie Élue', role: 'elected', serviceIds: [] },
    ],
    ctx,
  );
  await s.service.createMany([{ id: 'svc-tech', name: 'Services techniques' }, { id: 'svc-enf', name: 'Petite enfance' }], ctx);
  await s.axis.createMany(
    [
      { id: 'axe-1', title: 'Transition écologique', order: 1, color: '#2E7D32' },
      { id: 'axe-2', title: 'Petite enfance', order: 2, color: '#6A1B9A' },
    ],
    ctx,
  );
  await s.commitment.createMany(
    [
      { id: 'eng-1', axisId: 'axe-1', reference: '1.1', title: 'Rénover les écoles', status: 'in_progress', leadPersonId: 'pers-elu' },
      { id: 'eng-2', axisId: 'axe-1', reference: '1.2', title: 'Plan vélo', status: 'planned' },
      { id: 'eng-3', axisId: 'axe-2', reference: '2.1', title: 'Nouvelle crèche', status: 'in_progress' },
    ],
    ctx,
  );
  await s.action.createMany(
    [
      act('a1', 'eng-1', { progress: 20, serviceId: 'svc-tech', dueDate: '2026-06-30', weather: 'stormy' }), // late 150 days
      act('a2', 'eng-1', { progress: 80, serviceId: 'svc-tech', dueDate: '2026-06-30', revisedDueDate: '2027-06-30', weather: 'sunny' }),
      act('a3', 'eng-1', { status: 'cancelled', progress: 0, serviceId: 'svc-tech' }), // excluded from roll-up
      act('a4', 'eng-2', { serviceId: 'svc-tech', status: 'planned' }), // no progress: ignored
      act('a5', 'eng-3', { progress: 100, status: 'done', serviceId: 'svc-enf', dueDate: '2026-01-01', weather: 'sunny' }),
      act('a6', 'eng-3', { progress: 40, status: 'blocked', serviceId: 'svc-enf', dueDate: '2026-11-27', blockers: 'Permis de construire en recours', weather: 'overcast' }),
    ],
    ctx,
  );
  await s.indicator.createMany(
    [
      {
        id: 'ind-1', actionId: 'a1', name: 'Consommation des écoles', unit: 'MWh', direction: 'decrease',
        baselineValue: 1000, baselineDate: '2025-01-01', targetValue: 600, targetDate: '2029-01-01', milestones: [], frequency: 'annual',
      },
      {
        id: 'ind-2', commitmentId: 'eng-3', name: 'Places en crèche', unit: 'places', direction: 'increase',
        baselineValue: 100, baselineDate: '2025-01-01', targetValue: 160, targetDate: '2027-01-01', milestones: [], frequency: 'annual',
      },
    ],
    ctx,
  );
  await s.measure.createMany(
    [
      { id: 'm1', indicatorId: 'ind-1', date: '2026-01-01', value: 990, source: 'manual' }, // expected 900: behind
      { id: 'm2', indicatorId: 'ind-2', date: '2026-01-01', value: 170, source: 'manual' }, // reached
    ],
    ctx,
  );
}

describe('read models', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    await loadFixture(server);
  });
  afterAll(() => server.close());

  it('GET /roadmap returns the tree with roll-ups, lateness and indicator assessments', async () => {
    const { status, body } = await server.api('/roadmap');
    expect(status).toBe(200);
    expect(body.asOf).toBe('2026-11-27');
    expect(body.filtered).toBe(false);
    // eng-1 = mean(20, 80) = 50; eng-2 has no progress; axe-1 = 50; eng-3 = 70; axe-2 = 70; mandate = 60.
    expect(body.axes.map((a: { id: string; progress: number }) => [a.id, a.progress])).toEqual([
      ['axe-1', 50],
      ['axe-2', 70],
    ]);
    expect(body.progress).toBe(60);
    const eng1 = body.axes[0].commitments[0];
    expect(eng1.progress).toBe(50);
    expect(body.axes[0].commitments[1].progress).toBeUndefined();
    const a1 = eng1.actions.find((a: { id: string }) => a.id === 'a1');
    expect(a1).toMatchObject({ late: true, daysLate: 150, effectiveDueDate: '2026-06-30' });
    expect(a1.indicators[0].assessment).toMatchObject({ state: 'behind', latest: { value: 990 } });
    expect(eng1.actions.find((a: { id: string }) => a.id === 'a2')).toMatchObject({ late: false, effectiveDueDate: '2027-06-30' });
    expect(body.axes[1].commitments[0].indicators[0].assessment.state).toBe('reached');
    expect(body.counts).toMatchObject({ total: 6, done: 1, late: 1, blocked: 1 });
    expect(body.counts.weather).toMatchObject({ stormy: 1, sunny: 2, overcast: 1 });
  });

  it('filters what is shown but keeps the true roll-ups', async () => {
    const late = (await server.api('/roadmap?late=true')).body;
    expect(late.filtered).toBe(true);
    expect(late.axes.map((a: { id: string }) => a.id)).toEqual(['axe-1']);
    expect(late.axes[0].commitments[0].actions.map((a: { id: string }) => a.id)).toEqual(['a1']);
    expect(late.axes[0].progress).toBe(50);
    expect(late.counts.total).toBe(1);

    const byService = (await server.api('/roadmap?serviceId=svc-enf&status=blocked')).body;
    expect(byService.axes.flatMap((a: { commitments: { actions: { id: string }[] }[] }) => a.commitments.flatMap((c) => c.actions.map((x) => x.id)))).toEqual(['a6']);

    const search = (await server.api('/roadmap?q=RENOVER')).body;
    expect(search.axes[0].commitments.map((c: { id: string }) => c.id)).toEqual(['eng-1']);
    expect(search.axes[0].commitments[0].actions).toHaveLength(3);

    const byLead = (await server.api('/roadmap?leadPersonId=pers-elu')).body;
    expect(byLead.axes.map((a: { id: string }) => a.id)).toEqual(['axe-1']);
  });

  it('refuses unknown or malformed roadmap filters', async () => {
    const unknown = await server.api('/roadmap?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('colour');
    const badWeather = await server.api('/roadmap?weather=rainy');
    expect(badWeather.status).toBe(400);
    expect(badWeather.body.error.details[0].path).toMatch(/^weather/);
  });

  it('GET /dashboard says what is late, blocked and behind', async () => {
    const { status, body } = await server.api('/dashboard');
    expect(status).toBe(200);
    expect(body.progress).toBe(60);
    expect(body.actions).toEqual({ total: 6, active: 4, done: 1, late: 1, blocked: 1, stormy: 1, cancelled: 1 });
    expect(body.late.map((a: { id: string; daysLate: number; axisId: string }) => [a.id, a.daysLate, a.axisId])).toEqual([['a1', 150, 'axe-1']]);
    expect(body.blocked.map((a: { id: string }) => a.id).sort()).toEqual(['a1', 'a6']);
    expect(body.blocked.find((a: { id: string }) => a.id === 'a6').blockers).toBe('Permis de construire en recours');
    expect(body.indicators).toEqual({ total: 2, reached: 1, onTrack: 0, behind: 1, noData: 0 });
    expect(body.indicatorsBehind.map((i: { id: string }) => i.id)).toEqual(['ind-1']);
    expect(body.axes.map((a: { id: string; late: number }) => [a.id, a.late])).toEqual([
      ['axe-1', 1],
      ['axe-2', 0],
    ]);
    // Worst météo first: svc-tech has a stormy action, svc-enf an overcast one.
    expect(body.services.map((g: { key: string; worst: string; late: number; actions: number }) => [g.key, g.worst, g.late, g.actions])).toEqual([
      ['svc-tech', 'stormy', 1, 3],
      ['svc-enf', 'overcast', 0, 2],
    ]);
    expect(body.recentChanges.length).toBeGreaterThan(0);
    expect(body.recentChanges[0].entityType).toBe('measure');
  });

  it('answers 304 to a client that already has the current roadmap, and 200 once something changed', async () => {
    const first = await server.api('/roadmap?axisId=axe-2');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await server.api('/roadmap?axisId=axe-2', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const otherQuery = await server.api('/roadmap?axisId=axe-1', { headers: { 'If-None-Match': etag } });
    expect(otherQuery.status).toBe(200);

    const a6 = await server.api('/actions/a6');
    await server.api('/actions/a6', { method: 'PATCH', body: { progress: 50 }, headers: { 'If-Match': a6.headers.get('etag')! } });
    const changed = await server.api('/roadmap?axisId=axe-2', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.axes[0].progress).toBe(75);
    // Put a6 back so that the next tests see the fixture's figures.
    const current = await server.api('/actions/a6');
    await server.api('/actions/a6', { method: 'PATCH', body: { progress: 40 }, headers: { 'If-Match': current.headers.get('etag')! } });
  });

  it('a change shows up in the roadmap and the dashboard at once', async () => {
    const before = await server.api('/actions/a1');
    const patched = await server.api('/actions/a1', {
      method: 'PATCH',
      body: { status: 'done', progress: 100 },
      headers: { 'If-Match': before.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    const dashboard = (await server.api('/dashboard')).body;
    expect(dashboard.actions.late).toBe(0);
    expect(dashboard.recentChanges[0]).toMatchObject({ entityType: 'action', entityId: 'a1', operation: 'update', source: 'api' });
    const roadmap = (await server.api('/roadmap')).body;
    expect(roadmap.axes[0].commitments[0].progress).toBe(90);
  });
});

describe('service endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves health, readiness and an OpenAPI description of every collection', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', store: true });
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.0.3');
    for (const p of ['/axes', '/commitments/{id}', '/actions/{id}/history', '/measures', '/roadmap', '/dashboard', '/mandate', '/people'])
      expect(Object.keys(doc.paths)).toContain(p);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Action', 'Indicator', 'Error', 'HistoryEntry']));
  });

  it('the demo commune reads as a plausible roadmap', async () => {
    const { body } = await server.api('/roadmap');
    expect(body.mandate.collectivityName).toMatch(/Valmont/);
    expect(body.axes).toHaveLength(6);
    expect(body.counts.late).toBeGreaterThanOrEqual(8);
    expect(body.progress).toBeGreaterThan(0);
    expect(body.progress).toBeLessThan(100);
  });
});
