import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import { conversationRefIdOf } from '../../src/domain/campaigns/conversation.schema.js';
import type { CampaignResponse } from '../../src/domain/campaigns/response.schema.js';
import { expectApiError, expectFieldErrors, snapshot } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const PILOTAGE = 'pers-laurent-dufresne';
const ADMIN = 'pers-marc-tessier';
const READER = 'pers-romain-giraud';
const HEAD_BATIMENTS = 'pers-isabelle-caron';
const HEAD_EDUCATION = 'pers-valerie-perrin';

const ref = (personId: string, aadObjectId: string): ConversationRef => ({
  id: conversationRefIdOf('personal', aadObjectId),
  scope: 'personal',
  tenantId: 'tenant-1',
  serviceUrl: 'https://smba.example.test/emea/',
  conversationId: `a:conv-${personId}`,
  botId: '28:bot',
  userId: `29:${personId}`,
  aadObjectId,
  personId,
  installedAt: '2026-11-20T08:00:00.000Z',
});

const review = {
  kind: 'action_review',
  title: 'Revue des actions — décembre',
  audience: { kind: 'service_heads', serviceIds: ['svc-batiments', 'svc-education'] },
  openingDate: '2026-11-27',
  deadline: '2026-12-11',
  reminderOffsets: [-3, -1, 1],
};

describe('campaigns through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    // The bot is installed for the head of Bâtiments only.
    const caron = await server.store.person.get(HEAD_BATIMENTS);
    await server.store.operations.conversation.create(ref(HEAD_BATIMENTS, caron!.entraObjectId!));
  });
  afterAll(() => server.close());

  async function create(body: object = review): Promise<{ id: string; etag: string }> {
    const res = await server.api('/campaigns', { method: 'POST', body, as: PILOTAGE });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, etag: res.headers.get('etag')! };
  }

  it('creates a draft with its reminders, and names every bad field without writing anything', async () => {
    const { id } = await create();
    const res = await server.api(`/campaigns/${id}`, { as: PILOTAGE });
    expect(res.body.campaign).toMatchObject({ state: 'draft', createdBy: PILOTAGE, reminderOffsets: [-3, -1, 1], applyMode: 'proposals' });
    expect(res.body.funnel.total).toBe(0);

    const before = await snapshot(server.store);
    const bad = await server.api('/campaigns', {
      method: 'POST',
      as: PILOTAGE,
      body: { ...review, deadline: '2026-11-01', reminderOffsets: [-3, -3], state: 'open' },
    });
    expectFieldErrors(bad, ['state']);
    const bad2 = await server.api('/campaigns', { method: 'POST', as: PILOTAGE, body: { ...review, deadline: '2026-11-01', reminderOffsets: [-3, -3] } });
    expectApiError(bad2, 400, 'validation_failed');
    expect((bad2.body.error.details as { path: string }[]).map((d) => d.path).sort()).toEqual(['deadline', 'reminderOffsets.0', 'reminderOffsets.1', 'reminderOffsets.1']);
    expect(await snapshot(server.store)).toEqual(before);
  });

  it('launches: one delivery per recipient, the card and future reminders queued, the unreachable reported', async () => {
    const { id, etag } = await create();
    const res = await server.api(`/campaigns/${id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': etag } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ queued: 1, appNotInstalled: 1, servicesWithoutHead: [], unknownIds: [] });
    expect(res.body.campaign.state).toBe('sending');
    expect(res.body.funnel).toMatchObject({ total: 2, queued: 1, failed: 1, failedBy: { app_not_installed: 1 } });

    const outbox = await server.store.operations.outbox.find({ campaignId: id });
    // The card now, then the reminders at D-3, D-1 and D+1 (none is in the past on 27 November).
    expect(outbox.map((o) => [o.purpose, o.reminderOffset ?? null, o.notBefore]).sort()).toEqual(
      [
        ['questionnaire', null, '2026-11-27T09:00:00.000Z'],
        ['reminder', -1, '2026-12-10T07:00:00.000Z'],
        ['reminder', -3, '2026-12-08T07:00:00.000Z'],
        ['reminder', 1, '2026-12-12T07:00:00.000Z'],
      ].sort(),
    );
    expect(new Set(outbox.map((o) => o.personId))).toEqual(new Set([HEAD_BATIMENTS]));

    // A second launch (double click, stale tab) changes nothing.
    const before = await snapshot(server.store);
    const again = await server.api(`/campaigns/${id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': etag } });
    expect(again.status).toBe(412);
    expect(await snapshot(server.store)).toEqual(before);

    const audit = await server.api('/audit?action=campaign_launched', { as: ADMIN });
    expect(audit.body.items.some((e: { targetId: string }) => e.targetId === id)).toBe(true);
  });

  it('lists recipients with their state, and exports them as CSV with formulas neutralised', async () => {
    const perrin = await server.store.person.get(HEAD_EDUCATION);
    await server.store.person.update({ ...perrin!, displayName: '=HYPERLINK("http://x.test","clic")' }, perrin!.version, {
      actor: { id: 'test', name: 'test' },
      source: 'seed',
      at: '2026-11-27T09:00:00.000Z',
    });
    const { id, etag } = await create();
    await server.api(`/campaigns/${id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': etag } });
    const rows = await server.api(`/campaigns/${id}/recipients`, { as: PILOTAGE });
    expect(rows.body.items.map((r: { personId: string; state: string; failure?: string }) => [r.personId, r.state, r.failure ?? null])).toEqual([
      [HEAD_BATIMENTS, 'queued', null],
      [HEAD_EDUCATION, 'failed', 'app_not_installed'],
    ]);
    const csv = await server.api(`/campaigns/${id}/recipients.csv`, { as: PILOTAGE });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const text = csv.body as string;
    expect(text.startsWith('Nom;Courriel')).toBe(true);
    // The byte order mark is there (fetch's text() drops it): Excel then reads UTF-8.
    const raw = await fetch(`${server.url}/api/v1/campaigns/${id}/recipients.csv`, { headers: { 'X-Dev-User': PILOTAGE } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"",""clic"")"`);
    expect(text).toContain('Application non installée');
  });

  it('relaunches the non-respondents and closes; a closed campaign cannot be relaunched', async () => {
    const { id, etag } = await create();
    const launched = await server.api(`/campaigns/${id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': etag } });
    const relaunch = await server.api(`/campaigns/${id}/relaunch`, { method: 'POST', as: PILOTAGE, body: {}, headers: { 'If-Match': launched.headers.get('etag')! } });
    // Nothing was sent yet (no dispatcher here): the queued one is neither reminded nor resent; the other is still unreachable.
    expect(relaunch.body).toMatchObject({ reminded: 0, resent: 0, stillUnreachable: 1 });
    const close = await server.api(`/campaigns/${id}/close`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': relaunch.headers.get('etag')! } });
    expect(close.status).toBe(200);
    expect(close.body.campaign.state).toBe('closed');
    const after = await server.api(`/campaigns/${id}/relaunch`, { method: 'POST', as: PILOTAGE, body: {}, headers: { 'If-Match': close.headers.get('etag')! } });
    expectApiError(after, 409, 'campaign_not_running');
    const edit = await server.api(`/campaigns/${id}`, { method: 'PATCH', as: PILOTAGE, body: { title: 'x' }, headers: { 'If-Match': close.headers.get('etag')! } });
    expectApiError(edit, 409, 'campaign_not_editable');
  });

  it('relaunches only at the campaign’s current version: 428 without If-Match, 412 for a second click, reminders queued once', async () => {
    const { id, etag } = await create();
    const launched = await server.api(`/campaigns/${id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': etag } });
    // The card went out to the head of Bâtiments: a relaunch reminds her.
    const [sent] = (await server.store.operations.delivery.find({ campaignId: id })).filter((d) => d.personId === HEAD_BATIMENTS);
    const { version: _v, createdAt: _c, updatedAt: _u, ...delivery } = sent!;
    await server.store.operations.delivery.update({ ...delivery, state: 'sent', sentAt: '2026-11-27T09:00:00.000Z' }, sent!.version);
    const outbox = async () => (await server.store.operations.outbox.find({ campaignId: id })).length;
    const queued = await outbox();

    const bare = await server.api(`/campaigns/${id}/relaunch`, { method: 'POST', as: PILOTAGE, body: {} });
    expectApiError(bare, 428, 'precondition_required');
    expect(await outbox()).toBe(queued);

    const version = launched.headers.get('etag')!;
    const first = await server.api(`/campaigns/${id}/relaunch`, { method: 'POST', as: PILOTAGE, body: {}, headers: { 'If-Match': version } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reminded: 1 });
    expect(first.headers.get('etag')).not.toBe(version);
    const second = await server.api(`/campaigns/${id}/relaunch`, { method: 'POST', as: PILOTAGE, body: {}, headers: { 'If-Match': version } });
    expectApiError(second, 412, 'version_conflict');
    expect(second.body.error.current.version).toBe(first.body.campaign.version);
    expect(await outbox()).toBe(queued + 1);
  });

  it('refuses campaigns to a reader and the audit log to pilotage', async () => {
    expectApiError(await server.api('/campaigns', { as: READER }), 403, 'forbidden');
    expectApiError(await server.api('/audit', { as: PILOTAGE }), 403, 'forbidden');
  });

  describe('proposals drawn from answers', () => {
    async function submitReview(applyMode: 'proposals' | 'direct'): Promise<string> {
      const { id } = await create({ ...review, applyMode });
      const campaign = (await server.store.operations.campaign.get(id))!;
      const action = (await server.store.action.list({ serviceId: 'svc-batiments' })).find((a) => a.status === 'in_progress')!;
      const [indicator] = await server.store.indicator.list({ actionId: action.id });
      const deliveryId = `dlv-${id}`;
      await server.store.operations.delivery.create({
        id: deliveryId,
        campaignId: id,
        personId: HEAD_BATIMENTS,
        state: 'answered',
        attempts: 1,
        currentStep: 0,
        cardVersion: 3,
        sentAt: '2026-11-27T09:00:00.000Z',
        answeredAt: '2026-11-27T09:05:00.000Z',
      });
      const answers: CampaignResponse['answers'] = {
        kind: 'action_review',
        bySubject: {
          [action.id]: {
            progress: action.progress === 55 ? 56 : 55,
            weather: 'stormy',
            blockers: 'Entreprise défaillante',
            measures: indicator ? [{ indicatorId: indicator.id, value: 123.5, date: '2026-11-26' }] : [],
          },
        },
      };
      const response = await server.store.operations.response.create({
        id: `rep-${id}`,
        campaignId: id,
        deliveryId,
        personId: HEAD_BATIMENTS,
        answers,
        submittedAt: '2026-11-27T09:05:00.000Z',
      });
      const person = (await server.store.person.get(HEAD_BATIMENTS))!;
      await server.services.proposals.submitted({ campaign, response, person, firstSubmit: true });
      return action.id;
    }

    it('lists proposals, accepts one with an edited value and refuses another with a reason', async () => {
      const actionId = await submitReview('proposals');
      const list = await server.api('/proposals?state=pending', { as: PILOTAGE });
      const mine = list.body.items.filter((v: { target: { id: string; kind: string } }) => v.target.kind === 'action' && v.target.id === actionId);
      expect(mine).toHaveLength(1);
      const view = mine[0];
      expect(view.respondent).toEqual({ id: HEAD_BATIMENTS, displayName: 'Isabelle Caron' });
      expect(view.proposal.changes.map((c: { field: string }) => c.field).sort()).toEqual(['blockers', 'progress', 'weather']);
      expect(Object.keys(view.current).sort()).toEqual(['blockers', 'progress', 'weather']);

      const accepted = await server.api(`/proposals/${view.proposal.id}/accept`, {
        method: 'POST',
        as: PILOTAGE,
        body: { changes: [{ field: 'progress', new: 60 }] },
        headers: { 'If-Match': `"${view.proposal.version}"` },
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ state: 'accepted', decidedBy: PILOTAGE });
      const action = await server.store.action.get(actionId);
      expect(action).toMatchObject({ progress: 60, weather: 'stormy', blockers: 'Entreprise défaillante' });
      const [latest] = await server.store.history.forRecord('action', actionId);
      expect(latest).toMatchObject({ source: 'bot', actor: { id: PILOTAGE } });

      const measure = (await server.api('/proposals?state=pending', { as: PILOTAGE })).body.items.find(
        (v: { target: { kind: string } }) => v.target.kind === 'indicator',
      );
      if (measure) {
        const noReason = await server.api(`/proposals/${measure.proposal.id}/refuse`, {
          method: 'POST',
          as: PILOTAGE,
          body: { reason: '  ' },
          headers: { 'If-Match': `"${measure.proposal.version}"` },
        });
        expectFieldErrors(noReason, ['reason']);
        const refused = await server.api(`/proposals/${measure.proposal.id}/refuse`, {
          method: 'POST',
          as: PILOTAGE,
          body: { reason: 'Valeur à vérifier avec le service' },
          headers: { 'If-Match': `"${measure.proposal.version}"` },
        });
        expect(refused.body).toMatchObject({ state: 'refused', reason: 'Valeur à vérifier avec le service' });
      }
      // Deciding twice is refused.
      const twice = await server.api(`/proposals/${view.proposal.id}/accept`, {
        method: 'POST',
        as: PILOTAGE,
        body: {},
        headers: { 'If-Match': accepted.headers.get('etag')! },
      });
      expectApiError(twice, 409, 'proposal_decided');
    });

    it('applies answers at once when the campaign says so, with the respondent’s own rights', async () => {
      const actionId = await submitReview('direct');
      const action = await server.store.action.get(actionId);
      expect(action).toMatchObject({ weather: 'stormy', blockers: 'Entreprise défaillante' });
      const [latest] = await server.store.history.forRecord('action', actionId);
      expect(latest).toMatchObject({ source: 'bot', actor: { id: HEAD_BATIMENTS } });
    });
  });
});
