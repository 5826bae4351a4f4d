import type { CampaignResponse } from '../../src/domain/campaigns/response.schema.js';
import type { EntityKind } from '../../src/domain/entities/index.js';
import { expectApiError, expectFieldErrors, expectNothingWritten } from '../support/api-assertions.js';
import { startTestServer, type ApiResponse, type TestServer } from '../support/test-server.js';

interface Person {
  id: string;
  displayName: string;
  role: string;
  serviceIds: string[];
}
interface Item {
  id: string;
  version: string;
  [field: string]: unknown;
}

let server: TestServer;
let people: Person[];
let actions: Item[];
let commitments: Item[];

const withRole = (role: string): Person => {
  const person = people.find((p) => p.role === role);
  if (!person) throw new Error(`the demo has no ${role}`);
  return person;
};

/** A write as someone, with the record's current ETag; returns the answer. */
async function writeAs(who: string, method: 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResponse> {
  const current = await server.api(path);
  expect(current.status).toBe(200);
  return server.api(path, { method, body, as: who, headers: { 'If-Match': current.headers.get('etag')! } });
}

/** A write that must be forbidden: 403 and the store, and the record, unchanged. */
async function expectForbidden(request: () => Promise<ApiResponse>, target?: { kind: EntityKind; id: string }): Promise<void> {
  const res = await expectNothingWritten(server.store, request, target);
  expectApiError(res, 403, 'forbidden');
}

beforeAll(async () => {
  server = await startTestServer();
  people = (await server.api('/people')).body.items;
  actions = (await server.api('/actions')).body.items;
  commitments = (await server.api('/commitments')).body.items;
});
afterAll(() => server.close());

describe('identity', () => {
  it('answers GET /me with the identity chosen by X-Dev-User or ?as=', async () => {
    const head = withRole('service_head');
    const byHeader = await server.api('/me', { as: head.id });
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toMatchObject({ personId: head.id, displayName: head.displayName, role: 'service_head', serviceIds: head.serviceIds });
    const reader = withRole('reader');
    expect((await server.api(`/me?as=${reader.id}`)).body).toMatchObject({ personId: reader.id, role: 'reader' });
  });

  it('defaults to the first administrator', async () => {
    const admin = withRole('administrator');
    expect((await server.api('/me')).body).toMatchObject({ personId: admin.id, role: 'administrator', authMode: 'dev' });
  });

  it('answers 401 unauthenticated to an unknown X-Dev-User, for reads and writes alike', async () => {
    expectApiError(await server.api('/me', { as: 'pers-inconnu' }), 401, 'unauthenticated');
    expectApiError(await server.api('/actions', { as: 'pers-inconnu' }), 401, 'unauthenticated');
    const res = await expectNothingWritten(server.store, () =>
      server.api('/axes', { method: 'POST', as: 'pers-inconnu', body: { title: 'Intrus', order: 1, color: '#123456' } }),
    );
    expectApiError(res, 401, 'unauthenticated');
  });
});

describe('a reader', () => {
  it('reads everything', async () => {
    const reader = withRole('reader');
    const res = await server.api('/actions', { as: reader.id });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(actions.length);
  });

  it('gets 403 on any write, and nothing changes', async () => {
    const reader = withRole('reader').id;
    const action = actions[0]!;
    await expectForbidden(() => server.api('/axes', { method: 'POST', as: reader, body: { title: 'Lecture', order: 9, color: '#123456' } }));
    await expectForbidden(() => writeAs(reader, 'PATCH', `/actions/${action.id}`, { progress: 55 }), { kind: 'action', id: action.id });
    await expectForbidden(() => writeAs(reader, 'PATCH', '/mandate', { population: 1 }), { kind: 'mandate', id: 'mandate' });
    const measure = (await server.api('/measures?limit=1')).body.items[0] as Item;
    await expectForbidden(() => writeAs(reader, 'DELETE', `/measures/${measure.id}`), { kind: 'measure', id: measure.id });
  });
});

describe('a service head', () => {
  /** A service head with at least one action in their service, and an action of another service. */
  function scenario(): { head: Person; own: Item; foreign: Item } {
    for (const head of people.filter((p) => p.role === 'service_head')) {
      const own = actions.find((a) => head.serviceIds.includes(a.serviceId as string));
      const foreign = actions.find((a) => a.serviceId !== undefined && !head.serviceIds.includes(a.serviceId as string));
      if (own && foreign) return { head, own, foreign };
    }
    throw new Error('the demo has no service head with actions');
  }

  it('updates an action of their own service', async () => {
    const { head, own } = scenario();
    const res = await writeAs(head.id, 'PATCH', `/actions/${own.id}`, { nextSteps: 'Réunion de chantier jeudi' });
    expect(res.status).toBe(200);
    expect(res.body.nextSteps).toBe('Réunion de chantier jeudi');
    const history = await server.api(`/actions/${own.id}/history`);
    expect(history.body.items[0]).toMatchObject({ operation: 'update', actor: { id: head.id, name: head.displayName } });
  });

  it('gets 403 on an action of another service', async () => {
    const { head, foreign } = scenario();
    await expectForbidden(() => writeAs(head.id, 'PATCH', `/actions/${foreign.id}`, { nextSteps: 'Pas mon service' }), {
      kind: 'action',
      id: foreign.id,
    });
  });

  it('gets 403 when moving their action to another service', async () => {
    const { head, own, foreign } = scenario();
    await expectForbidden(() => writeAs(head.id, 'PATCH', `/actions/${own.id}`, { serviceId: foreign.serviceId }), {
      kind: 'action',
      id: own.id,
    });
  });

  it('gets 403 on roadmap records outside their scope, such as an axis', async () => {
    const { head } = scenario();
    await expectForbidden(() => server.api('/axes', { method: 'POST', as: head.id, body: { title: 'Mon axe', order: 9, color: '#123456' } }));
  });
});

describe('an elected official', () => {
  /** An elected official leading a commitment, and a commitment led by someone else. */
  function scenario(): { elected: Person; own: Item; other: Item } {
    for (const elected of people.filter((p) => p.role === 'elected')) {
      const own = commitments.find((c) => c.leadPersonId === elected.id && c.status === 'in_progress');
      const other = commitments.find((c) => c.leadPersonId !== elected.id);
      if (own && other) return { elected, own, other };
    }
    throw new Error('the demo has no elected official leading a commitment');
  }

  it('updates the description of a commitment they lead', async () => {
    const { elected, own } = scenario();
    const res = await writeAs(elected.id, 'PATCH', `/commitments/${own.id}`, { description: 'Calendrier précisé en conseil municipal.' });
    expect(res.status).toBe(200);
    expect(res.body.description).toBe('Calendrier précisé en conseil municipal.');
    expect((await server.api(`/commitments/${own.id}`)).body.description).toBe('Calendrier précisé en conseil municipal.');
  });

  it('gets 403 when changing the status of a commitment they lead', async () => {
    const { elected, own } = scenario();
    await expectForbidden(() => writeAs(elected.id, 'PATCH', `/commitments/${own.id}`, { status: 'done' }), { kind: 'commitment', id: own.id });
  });

  it('gets 403 on the description of a commitment led by someone else', async () => {
    const { elected, other } = scenario();
    await expectForbidden(() => writeAs(elected.id, 'PATCH', `/commitments/${other.id}`, { description: 'Pas le mien.' }), {
      kind: 'commitment',
      id: other.id,
    });
  });
});

describe('a pilotage person', () => {
  it('gets 403 when creating a person', async () => {
    const pilot = withRole('pilotage');
    await expectForbidden(() => server.api('/people', { method: 'POST', as: pilot.id, body: { displayName: 'Nouvel agent', role: 'reader' } }));
  });

  it('creates an axis, recorded under their name', async () => {
    const pilot = withRole('pilotage');
    const res = await server.api('/axes', { method: 'POST', as: pilot.id, body: { title: 'Jeunesse et sport', order: 7, color: '#5E35B1' } });
    expect(res.status).toBe(201);
    expect((await server.api(`/axes/${res.body.id}`)).body.title).toBe('Jeunesse et sport');
    const history = await server.api(`/axes/${res.body.id}/history`);
    expect(history.body.items[0]).toMatchObject({ operation: 'create', source: 'api', actor: { id: pilot.id } });
  });
});

describe('writes that reach outside the writer’s scope (issue 13)', () => {
  // Isabelle Caron leads Bâtiments; act-020 and its indicator ind-06 belong to the public-spaces service.
  const HEAD = 'pers-isabelle-caron';
  const READER = 'pers-romain-giraud';
  const indicator = (fields: Record<string, unknown>) => ({
    name: 'Taux de réalisation',
    unit: '%',
    direction: 'increase',
    baselineValue: 0,
    baselineDate: '2025-01-01',
    targetValue: 100,
    targetDate: '2030-01-01',
    frequency: 'annual',
    ...fields,
  });
  const post = (as: string, collection: string, body: unknown) => server.api(`/${collection}`, { method: 'POST', as, body });

  it('refuses the attack of the issue: an indicator on another service’s action claiming the head’s service, then measures on it', async () => {
    await expectForbidden(() => post(HEAD, 'indicators', indicator({ actionId: 'act-020', serviceId: 'svc-batiments' })));
    // Had the indicator been there already (created by someone else), its measures are still not the head's to post.
    const pilot = withRole('pilotage').id;
    const planted = await post(pilot, 'indicators', indicator({ actionId: 'act-020', serviceId: 'svc-batiments' }));
    expect(planted.status).toBe(201);
    await expectForbidden(() => post(HEAD, 'measures', { indicatorId: planted.body.id, date: '2026-11-20', value: 80, source: 'manual' }));
  });

  /** Two answers compared as a caller sees them: status and the whole body. */
  const seen = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body });

  it('answers a reader the same 403 whether the ids in the body exist or not', async () => {
    const unknown = await post(READER, 'measures', { indicatorId: 'ind-inexistant', date: '2026-11-20', value: 1, source: 'manual' });
    const known = await post(READER, 'measures', { indicatorId: 'ind-06', date: '2026-11-20', value: 1, source: 'manual' });
    expectApiError(unknown, 403, 'forbidden');
    expect(seen(unknown)).toEqual(seen(known));
    // Even a body that is not a record at all, and a record id that does not exist.
    expect(seen(await post(READER, 'measures', ['pas', 'un', 'objet']))).toEqual(seen(known));
    const missing = await server.api('/actions/act-inexistante', { method: 'PATCH', as: READER, body: { progress: 1 }, headers: { 'If-Match': '"1"' } });
    expectApiError(missing, 403, 'forbidden');
  });

  it('answers a service head the same 403 for an unknown action or indicator as for another service’s', async () => {
    const unknownAction = await post(HEAD, 'indicators', indicator({ actionId: 'act-inexistante' }));
    const foreignAction = await post(HEAD, 'indicators', indicator({ actionId: 'act-020' }));
    expectApiError(unknownAction, 403, 'forbidden');
    expect(seen(unknownAction)).toEqual(seen(foreignAction));
    const unknownIndicator = await post(HEAD, 'measures', { indicatorId: 'ind-inexistant', date: '2026-11-20', value: 1, source: 'manual' });
    const foreignIndicator = await post(HEAD, 'measures', { indicatorId: 'ind-06', date: '2026-11-20', value: 1, source: 'manual' });
    expectApiError(unknownIndicator, 403, 'forbidden');
    expect(seen(unknownIndicator)).toEqual(seen(foreignIndicator));
  });

  it('still gives field-level 400s to a write the caller may make', async () => {
    // In scope (act-001 is a Bâtiments action), but a bad field.
    expectFieldErrors(await post(HEAD, 'indicators', indicator({ actionId: 'act-001', unit: '' })), ['unit']);
    // Planners may write on any action: an unknown one is a plain field error for them.
    expectFieldErrors(await post(withRole('pilotage').id, 'indicators', indicator({ actionId: 'act-inexistante' })), ['actionId']);
  });

  it('keeps a direct-mode answer pending when it touches what the respondent may not write', async () => {
    // An action of another service owned by the head (so it is in their questionnaire), and an indicator of another
    // service's action that claims the head's service: applied directly, neither would pass the policy.
    const pilot = withRole('pilotage').id;
    const owned = await post(pilot, 'actions', { commitmentId: 'eng-1-2', title: 'Suivi partagé', status: 'in_progress', half: 'second', serviceId: 'svc-espaces-publics', ownerPersonId: HEAD });
    const claimed = await post(pilot, 'indicators', indicator({ actionId: 'act-020', serviceId: 'svc-batiments' }));
    const ownAction = 'act-001';
    const id = 'cmp-direct-scope';
    await server.store.operations.campaign.create({
      id,
      kind: 'action_review',
      title: 'Revue directe',
      audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] },
      openingDate: '2026-11-27',
      deadline: '2026-12-18',
      reminderOffsets: [],
      applyMode: 'direct',
      state: 'open',
    });
    const answers: CampaignResponse['answers'] = {
      kind: 'action_review',
      bySubject: {
        [owned.body.id]: { progress: 90, measures: [] },
        [ownAction]: { progress: 35, measures: [{ indicatorId: claimed.body.id, value: 99, date: '2026-11-26' }] },
      },
    };
    const response = await server.store.operations.response.create({ id: `rep-${id}`, campaignId: id, deliveryId: `dlv-${id}`, personId: HEAD, answers, submittedAt: '2026-11-27T09:05:00.000Z' });
    const campaign = (await server.store.operations.campaign.get(id))!;
    await server.services.proposals.submitted({ campaign, response, person: (await server.store.person.get(HEAD))!, firstSubmit: true });

    const proposals = await server.store.operations.proposal.find({ responseId: response.id });
    const state = (targetId: string) => proposals.filter((p) => p.target.id === targetId).map((p) => p.state);
    expect({ owned: state(owned.body.id), claimed: state(claimed.body.id), own: state(ownAction) }).toEqual({
      owned: ['pending'],
      claimed: ['pending'],
      // What the head may write on their own action is applied at once.
      own: ['accepted'],
    });
    expect((await server.store.action.get(owned.body.id))?.progress).toBeUndefined();
    expect(await server.store.measure.list({ indicatorId: claimed.body.id })).toEqual([]);
  });
});
