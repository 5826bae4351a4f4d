import type { Campaign } from '../../src/domain/campaigns/campaign.schema.js';
import type { ChangeContext, EntityKind, Role } from '../../src/domain/entities/index.js';
import { BILAN_ROUTE_CASES } from '../support/bilan-test-server.js';
import { CROSS_SCOPE_CASES, type BuiltRequest } from '../support/cross-scope-cases.js';
import { listRoutes } from '../support/route-inventory.js';
import { snapshot } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** One demo person per role; the service head leads svc-batiments, the elected official leads eng-1-1. */
const AS: Record<Role, string> = {
  administrator: 'pers-marc-tessier',
  pilotage: 'pers-laurent-dufresne',
  elected: 'pers-sophie-garnier',
  service_head: 'pers-isabelle-caron',
  reader: 'pers-romain-giraud',
};
const ROLES = Object.keys(AS) as Role[];
const ALL = ROLES;
const ROADMAP_EDITORS: Role[] = ['administrator', 'pilotage'];
const SERVICE_SCOPED: Role[] = ['administrator', 'pilotage', 'service_head'];

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };
let counter = 0;
const fresh = (prefix: string): string => `${prefix}-rr${++counter}`;

/** A request to make for a route, built against the store (fresh records for deletes, in-scope records for scoped roles). */
type Built = BuiltRequest;
interface Case {
  allowed: readonly Role[];
  build(s: TestServer): Promise<Built>;
}

const get = (path: string): Case => ({ allowed: ALL, build: () => Promise.resolve({ path }) });

/** Creates a throw-away record straight in the store, so that a DELETE has something deletable. */
async function seedRecord(s: TestServer, kind: EntityKind): Promise<string> {
  switch (kind) {
    case 'axis': {
      const id = fresh('axe');
      await s.store.axis.create({ id, title: 'Axe temporaire', order: 50, color: '#455A64' }, ctx);
      return id;
    }
    case 'commitment': {
      const id = fresh('eng');
      await s.store.commitment.create({ id, axisId: 'axe-1', reference: '9.9', title: 'Engagement temporaire', status: 'planned' }, ctx);
      return id;
    }
    case 'action': {
      const id = fresh('act');
      await s.store.action.create({ id, commitmentId: 'eng-1-1', title: 'Action temporaire', status: 'planned', half: 'first', serviceId: 'svc-batiments' }, ctx);
      return id;
    }
    case 'indicator': {
      const id = fresh('ind');
      await s.store.indicator.create(indicatorBody(id), ctx);
      return id;
    }
    case 'measure': {
      const id = fresh('mes');
      await s.store.measure.create({ id, indicatorId: await batimentsIndicator(s), date: '2026-11-01', value: 1, source: 'manual' }, ctx);
      return id;
    }
    case 'service': {
      const id = fresh('svc');
      await s.store.service.create({ id, name: 'Service temporaire' }, ctx);
      return id;
    }
    case 'person': {
      const id = fresh('pers');
      await s.store.person.create({ id, displayName: 'Personne temporaire', role: 'reader', serviceIds: [] }, ctx);
      return id;
    }
    case 'feedback': {
      const id = fresh('ret');
      await s.store.feedback.create({ id, kind: 'other', title: 'Retour temporaire', date: '2026-11-01', summary: 'Texte', themes: [], commitmentIds: [] }, ctx);
      return id;
    }
    case 'mandate':
      throw new Error('the mandate is never deleted');
  }
}

const indicatorBody = (id: string) => ({
  id,
  actionId: 'act-001',
  serviceId: 'svc-batiments',
  name: 'Indicateur temporaire',
  unit: '%',
  direction: 'increase' as const,
  baselineValue: 0,
  baselineDate: '2025-01-01',
  targetValue: 10,
  targetDate: '2030-01-01',
  milestones: [],
  frequency: 'annual' as const,
});

/** An indicator wholly in the service head's scope: on a Bâtiments action, owned by Bâtiments (seeded once). */
async function batimentsIndicator(s: TestServer): Promise<string> {
  const id = 'ind-rr-batiments';
  if (!(await s.store.indicator.get(id))) await s.store.indicator.create(indicatorBody(id), ctx);
  return id;
}

/** POST, PATCH and DELETE cases of one collection. */
function writes(
  collection: string,
  kind: EntityKind,
  allowed: readonly Role[],
  body: (s: TestServer) => Record<string, unknown> | Promise<Record<string, unknown>>,
  patch: Record<string, unknown>,
  target: (s: TestServer) => Promise<string>,
  patchAllowed: readonly Role[] = allowed,
): Record<string, Case> {
  return {
    [`POST /api/v1/${collection}`]: { allowed, build: async (s) => ({ path: `/${collection}`, body: await body(s) }) },
    [`PATCH /api/v1/${collection}/:id`]: {
      allowed: patchAllowed,
      build: async (s) => {
        const id = await target(s);
        return { path: `/${collection}/${id}`, body: patch, ifMatch: { kind, id } };
      },
    },
    [`DELETE /api/v1/${collection}/:id`]: {
      allowed,
      build: async (s) => {
        const id = await seedRecord(s, kind);
        return { path: `/${collection}/${id}`, ifMatch: { kind, id } };
      },
    },
  };
}

function reads(collection: string, id: string): Record<string, Case> {
  return {
    [`GET /api/v1/${collection}`]: get(`/${collection}`),
    [`GET /api/v1/${collection}/:id`]: get(`/${collection}/${id}`),
    [`GET /api/v1/${collection}/:id/history`]: get(`/${collection}/${id}/history`),
  };
}

/** Every API route and who may use it. A route missing here fails the first test. */
const CASES: Record<string, Case> = {
  'GET /api/v1/me': get('/me'),
  'GET /api/v1/dev/identities': get('/dev/identities'),
  'GET /api/v1/roadmap': get('/roadmap'),
  'GET /api/v1/dashboard': get('/dashboard'),
  'GET /api/v1/history': get('/history'),
  ...reads('axes', 'axe-1'),
  ...writes('axes', 'axis', ROADMAP_EDITORS, () => ({ title: 'Nouvel axe', order: 20, color: '#00695C' }), { description: 'Précisé' }, () => Promise.resolve('axe-2')),
  ...reads('commitments', 'eng-1-1'),
  ...writes(
    'commitments',
    'commitment',
    ROADMAP_EDITORS,
    () => ({ axisId: 'axe-1', reference: '1.99', title: 'Nouvel engagement', status: 'planned' }),
    { description: 'Calendrier précisé' },
    () => Promise.resolve('eng-1-1'),
    // The elected official leads eng-1-1 and may edit its narrative.
    [...ROADMAP_EDITORS, 'elected'],
  ),
  ...reads('actions', 'act-001'),
  // Which commitment an action serves is the planners' call: a service head edits the actions of their service but
  // neither adds nor removes one, even in their own service.
  ...writes(
    'actions',
    'action',
    ROADMAP_EDITORS,
    () => ({ commitmentId: 'eng-1-1', title: 'Nouvelle action', status: 'planned', half: 'second', serviceId: 'svc-batiments' }),
    { nextSteps: 'Consultation des entreprises' },
    () => Promise.resolve('act-001'),
    SERVICE_SCOPED,
  ),
  ...reads('indicators', 'ind-01'),
  ...writes('indicators', 'indicator', SERVICE_SCOPED, () => indicatorBody(fresh('ind')), { source: 'Relevés des compteurs' }, batimentsIndicator),
  ...reads('measures', 'mes-ind-01-1'),
  ...writes(
    'measures',
    'measure',
    SERVICE_SCOPED,
    async (s) => ({ indicatorId: await batimentsIndicator(s), date: '2026-11-02', value: 3, source: 'manual' }),
    { comment: 'Relevé vérifié' },
    (s) => seedRecord(s, 'measure'),
  ),
  ...reads('services', 'svc-batiments'),
  ...writes('services', 'service', ['administrator'], () => ({ name: 'Nouveau service' }), { code: 'NS' }, () => Promise.resolve('svc-batiments')),
  ...reads('people', 'pers-romain-giraud'),
  ...writes('people', 'person', ['administrator'], () => ({ displayName: 'Nouvelle personne', role: 'reader', serviceIds: [] }), { jobTitle: 'Agent' }, () => Promise.resolve('pers-romain-giraud')),
  ...reads('feedback', 'ret-01'),
  ...writes('feedback', 'feedback', ROADMAP_EDITORS, () => ({ kind: 'other', title: 'Nouveau retour', date: '2026-11-01', summary: 'Texte', themes: [], commitmentIds: [] }), { summary: 'Texte révisé' }, async (s) => (await s.store.feedback.list())[0]!.id),
  'GET /api/v1/mandate': get('/mandate'),
  'GET /api/v1/mandate/history': get('/mandate/history'),
  'PATCH /api/v1/mandate': { allowed: ROADMAP_EDITORS, build: () => Promise.resolve({ path: '/mandate', body: { population: 25_100 }, ifMatch: { kind: 'mandate', id: 'mandate' } }) },
  // The mandate exists already: allowed roles get 409, the others 403 before anything is looked at.
  'POST /api/v1/mandate': {
    allowed: ROADMAP_EDITORS,
    build: () => Promise.resolve({ path: '/mandate', body: { collectivityName: 'Autre', collectivityKind: 'commune', startDate: '2026-03-22', endDate: '2032-03-21', midTermDate: '2029-03-22' } }),
  },
  'GET /api/v1/import/template.xlsx': get('/import/template.xlsx'),
  // Importing writes every kind of record: administrators only. A dry run, so that the shared store stays as seeded.
  'POST /api/v1/import': {
    allowed: ['administrator'],
    build: () =>
      Promise.resolve({
        path: '/import?sheet=axes&dryRun=true',
        rawBody: 'Référence;Ordre;Titre;Couleur\n1;1;Transition écologique;#2E7D32\n',
        headers: { 'Content-Type': 'text/csv' },
      }),
  },
};

/** Campaigns, proposals and the audit log: pilotage and administrators; the audit log, administrators only. */
const CAMPAIGN_MANAGERS: Role[] = ['administrator', 'pilotage'];

function draftCampaign(id: string): Campaign {
  return {
    id,
    kind: 'elected_self_assessment',
    title: 'Auto-évaluation (table des droits)',
    audience: { kind: 'elected_officials' },
    openingDate: '2026-11-27',
    deadline: '2026-12-18',
    reminderOffsets: [-3],
    applyMode: 'proposals',
    state: 'draft',
  };
}

async function seedCampaign(s: TestServer, state: Campaign['state'] = 'draft'): Promise<{ id: string; version: string }> {
  const id = fresh('cmp');
  const stored = await s.store.operations.campaign.create({ ...draftCampaign(id), state });
  return { id, version: stored.version };
}

async function seedProposal(s: TestServer): Promise<{ id: string; version: string }> {
  const campaign = await seedCampaign(s, 'open');
  const id = fresh('rem');
  const stored = await s.store.operations.proposal.create({
    id,
    campaignId: campaign.id,
    responseId: fresh('rep'),
    target: { kind: 'action', id: 'act-001' },
    operation: 'update',
    changes: [{ field: 'progress', old: null, new: 40 }],
    state: 'pending',
    proposedAt: '2026-11-27T08:00:00.000Z',
  });
  return { id, version: stored.version };
}

const managers = (build: Case['build']): Case => ({ allowed: CAMPAIGN_MANAGERS, build });

const OPERATION_CASES: Record<string, Case> = {
  'GET /api/v1/campaigns': managers(() => Promise.resolve({ path: '/campaigns' })),
  'POST /api/v1/campaigns': managers(() => Promise.resolve({ path: '/campaigns', body: { ...draftCampaign(fresh('cmp')), state: undefined } })),
  'GET /api/v1/campaigns/:id': managers(async (s) => ({ path: `/campaigns/${(await seedCampaign(s)).id}` })),
  'PATCH /api/v1/campaigns/:id': managers(async (s) => {
    const c = await seedCampaign(s);
    return { path: `/campaigns/${c.id}`, body: { title: 'Titre modifié' }, ifMatchVersion: c.version };
  }),
  'POST /api/v1/campaigns/:id/launch': managers(async (s) => {
    const c = await seedCampaign(s);
    return { path: `/campaigns/${c.id}/launch`, body: {}, ifMatchVersion: c.version };
  }),
  'POST /api/v1/campaigns/:id/relaunch': managers(async (s) => {
    const c = await seedCampaign(s, 'open');
    return { path: `/campaigns/${c.id}/relaunch`, body: {}, ifMatchVersion: c.version };
  }),
  'POST /api/v1/campaigns/:id/close': managers(async (s) => {
    const c = await seedCampaign(s, 'open');
    return { path: `/campaigns/${c.id}/close`, body: {}, ifMatchVersion: c.version };
  }),
  'GET /api/v1/campaigns/:id/recipients': managers(async (s) => ({ path: `/campaigns/${(await seedCampaign(s)).id}/recipients` })),
  'GET /api/v1/campaigns/:id/recipients.csv': managers(async (s) => ({ path: `/campaigns/${(await seedCampaign(s)).id}/recipients.csv` })),
  'GET /api/v1/campaigns/:id/preview': managers(async (s) => ({ path: `/campaigns/${(await seedCampaign(s)).id}/preview` })),
  'GET /api/v1/proposals': managers(() => Promise.resolve({ path: '/proposals' })),
  'POST /api/v1/proposals/:id/accept': managers(async (s) => {
    const p = await seedProposal(s);
    return { path: `/proposals/${p.id}/accept`, body: {}, ifMatchVersion: p.version };
  }),
  'POST /api/v1/proposals/:id/refuse': managers(async (s) => {
    const p = await seedProposal(s);
    return { path: `/proposals/${p.id}/refuse`, body: { reason: 'Déjà pris en compte' }, ifMatchVersion: p.version };
  }),
  'GET /api/v1/audit': { allowed: ['administrator'], build: () => Promise.resolve({ path: '/audit' }) },
};
Object.assign(CASES, OPERATION_CASES, BILAN_ROUTE_CASES);

/** Routes outside the authenticated API. */
// The bot's endpoint is authenticated by the Bot Framework adapter (tests/integration/bot-*.test.ts), not by the tab's sign-in.
const PUBLIC = new Set(['GET /api/health', 'GET /api/ready', 'GET /api/v1/openapi.json', 'POST /api/messages']);

describe('every API route × every role', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('has a rule for every route the app serves, and no rule for a route that does not exist', () => {
    const served = listRoutes(server.app)
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => r.includes(' /api/') && !PUBLIC.has(r));
    expect([...served].sort()).toEqual(Object.keys(CASES).sort());
  });

  const table = Object.entries(CASES).flatMap(([route, c]) => ROLES.map((role) => [route, role, c.allowed.includes(role)] as const));

  /** Makes the request as `role`; an allowed role must not be refused (and gets `status` when given), the others 403 with nothing written. */
  async function expectRule(built: Built, method: string, role: Role, allowed: boolean, status?: number): Promise<void> {
    const headers: Record<string, string> = {};
    if (built.ifMatch) {
      const record = await server.store[built.ifMatch.kind].get(built.ifMatch.id);
      headers['If-Match'] = `"${record!.version}"`;
    }
    if (built.ifMatchVersion) headers['If-Match'] = `"${built.ifMatchVersion}"`;
    const before = await snapshot(server.store);
    const res = await server.api(built.path, { method, body: built.body, rawBody: built.rawBody, headers: { ...headers, ...built.headers }, as: AS[role] });
    if (allowed) {
      // The body comes with the status in the failure message, to say why an allowed write did not happen.
      if (status !== undefined) expect({ status: res.status, body: res.body }).toEqual({ status, body: res.status === 204 ? undefined : expect.anything() });
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await snapshot(server.store)).toEqual(before);
    }
  }

  it.each(table)('%s as %s → allowed: %s', async (route, role, allowed) => {
    await expectRule(await CASES[route]!.build(server), route.split(' ')[0]!, role, allowed);
  });

  const crossScope = Object.entries(CROSS_SCOPE_CASES).flatMap(([name, c]) => ROLES.map((role) => [c.route, name, role, c.allowed.includes(role)] as const));

  it('runs every cross-scope case on a route of the table', () => {
    for (const c of Object.values(CROSS_SCOPE_CASES)) expect(Object.keys(CASES)).toContain(c.route);
  });

  it.each(crossScope)('%s, %s, as %s → allowed: %s', async (route, name, role, allowed) => {
    const c = CROSS_SCOPE_CASES[name]!;
    await expectRule(await c.build(server), route.split(' ')[0]!, role, allowed, c.status);
  });

  it('answers 401 on every authenticated route to an identity it does not know', async () => {
    for (const route of Object.keys(CASES)) {
      const [method] = route.split(' ');
      const path = route.replace(/^\S+ \/api\/v1/, '').replace(':id', 'x');
      const res = await server.api(path, { method, as: 'pers-inconnu', body: method === 'GET' ? undefined : {} });
      expect([route, res.status]).toEqual([route, 401]);
    }
  });
});
