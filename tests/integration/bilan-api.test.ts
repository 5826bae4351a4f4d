import type { BilanDto } from '../../src/app/bilan/bilan-api.types.js';
import type { ChangeContext } from '../../src/domain/entities/index.js';
import { expectApiError } from '../support/api-assertions.js';
import { AS, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

let server: BilanTestServer;
beforeAll(async () => {
  server = await startBilanTestServer();
});
afterAll(() => server.close());

describe('GET /api/v1/bilan', () => {
  it('answers the bilan of the demo commune today, with empty states while no campaign has answers', async () => {
    const res = await server.api('/bilan', { as: AS.service_head });
    expect(res.status).toBe(200);
    const bilan = res.body as BilanDto;
    expect(bilan).toMatchObject({ asOf: '2026-11-27', source: { kind: 'today' }, mandate: { collectivityName: 'Ville de Valmont-sur-Loire' } });
    expect(bilan.axes).toHaveLength(6);
    expect(bilan.commitments.total).toBe(await server.store.commitment.count());
    const a = bilan.actions;
    expect(a.done + a.inProgress + a.late + a.notStarted).toBe(a.total);
    expect(a.total + a.cancelled).toBe(await server.store.action.count());
    // Every axis adds up to the mandate.
    expect(bilan.axes.reduce((sum, axis) => sum + axis.actions.total, 0)).toBe(a.total);
    expect(bilan.views).toEqual({ compared: 0, gaps: [] });
    expect(bilan.workingTime).toMatchObject({ services: [], total: { services: 0, hoursFreed: 0 } });
    expect(bilan.workingTime.campaign).toBeUndefined();
    expect(bilan.voice.count).toBe(await server.store.feedback.count());
    expect(bilan.justifiedGaps.length).toBeGreaterThan(0);
  });

  it('uses the campaign answers as soon as there are some: the elected view and the 1,607 hours', async () => {
    const ops = server.store.operations;
    await ops.campaign.createMany([
      { id: 'camp-auto', kind: 'elected_self_assessment', title: 'Auto-évaluation 2026', audience: { kind: 'elected_officials' }, openingDate: '2026-11-01', deadline: '2026-11-20', reminderOffsets: [], applyMode: 'proposals', state: 'closed', launchedAt: '2026-11-01T08:00:00.000Z' },
      { id: 'camp-1607', kind: 'working_time_1607', title: '1 607 heures', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] }, openingDate: '2026-11-01', deadline: '2026-11-20', reminderOffsets: [], applyMode: 'proposals', state: 'closed', launchedAt: '2026-11-01T08:00:00.000Z' },
    ]);
    await ops.response.createMany([
      { id: 'resp-a', campaignId: 'camp-auto', deliveryId: 'del-a', personId: AS.elected, submittedAt: '2026-11-10T08:00:00.000Z', answers: { kind: 'elected_self_assessment', bySubject: { 'eng-1-1': { score: 5 } } } },
      {
        id: 'resp-b',
        campaignId: 'camp-1607',
        deliveryId: 'del-b',
        personId: AS.service_head,
        submittedAt: '2026-11-10T08:00:00.000Z',
        answers: { kind: 'working_time_1607', bySubject: { 'svc-batiments': { hoursFreed: 1200, split: { better_service: 50, new_projects: 25, quality_of_life: 25, other: 0 } } } },
      },
    ]);
    const bilan = (await server.api('/bilan')).body as BilanDto;
    expect(bilan.views.elected).toMatchObject({ id: 'camp-auto', respondents: 1 });
    expect(bilan.views.gaps).toEqual([expect.objectContaining({ commitmentId: 'eng-1-1', electedScore: 5, electedProgress: 100 })]);
    expect(bilan.workingTime.total).toMatchObject({ services: 1, hoursFreed: 1200, hours: { better_service: 600, new_projects: 300, quality_of_life: 300, other: 0 } });
    expect(bilan.workingTime.services[0]).toMatchObject({ serviceId: 'svc-batiments', serviceName: expect.stringMatching(/bâtiments/i) });
  });

  it('draws the bilan from a snapshot when asked, which later changes do not move', async () => {
    const taken = await server.api('/snapshots', { method: 'POST', body: { title: 'Avant révision' }, as: AS.pilotage });
    expect(taken.status).toBe(201);
    const commitment = (await server.store.commitment.get('eng-1-1'))!;
    await server.store.commitment.update({ ...commitment, status: 'abandoned', gapJustification: 'Transféré.' }, commitment.version, ctx);
    const today = (await server.api('/bilan')).body as BilanDto;
    const frozen = (await server.api(`/bilan?snapshot=${taken.body.id}`)).body as BilanDto;
    expect(frozen.source).toEqual({ kind: 'snapshot', id: taken.body.id, title: 'Avant révision', takenAt: '2026-11-27T09:00:00.000Z' });
    expect(today.commitments.byStatus.abandoned).toBe(frozen.commitments.byStatus.abandoned + 1);
    expect(frozen.views.elected?.id).toBe('camp-auto');
  });

  it('is internal: a reader gets 403 (the public page is theirs)', async () => {
    expectApiError(await server.api('/bilan', { as: AS.reader }), 403, 'forbidden');
    expect((await server.api('/exports/public.html', { as: AS.reader })).status).toBe(200);
  });

  it('refuses an unknown parameter (400) and an unknown snapshot (404)', async () => {
    expectApiError(await server.api('/bilan?axis=1'), 400, 'validation_failed');
    expectApiError(await server.api('/bilan?snapshot=snap-nowhere'), 404, 'not_found');
  });
});
