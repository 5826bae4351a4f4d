import type { EntityKind } from '../../src/domain/entities/index.js';
import { expectApiError, expectNothingWritten } from '../support/api-assertions.js';
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
