import { CAPABILITIES } from '../../src/app/authorization/policy.js';
import { ENTITY_KINDS, type Role } from '../../src/domain/entities/index.js';
import { AS } from '../support/bilan-test-server.js';
import { around, outputText, plantSecrets, plantedIn, PLANTED_FIELDS, searchSecret } from '../support/planted-secrets.js';
import { listRoutes } from '../support/route-inventory.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { ROUTE_TABLE, type Ids, type RouteRequest } from '../support/redaction-route-table.js';

/**
 * The planted-secret test: a secret in every internal field of every record and in every person's e-mail and Entra
 * id, then every route of the app (the table must name each one), every file it produces and the bot's cards, for
 * each role. Readers never see a secret, nor find one with `?q=`; published outputs show none to anyone; the roles that
 * read internal fields do see every one somewhere (so the test cannot pass by emptying everything).
 */
const ROLES = Object.keys(AS) as Role[];
const SEES_ALL = new Set<Role>(CAPABILITIES['internal.read']);

let server: TestServer;
let ids: Ids;
/** Outputs checked, for the report: route request × role × output. */
const checked: string[] = [];

async function call(role: Role, request: RouteRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'X-Dev-User': AS[role], ...(request.headers ?? {}) };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${request.path}`, { method: request.method ?? 'GET', headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, text: await outputText(res.headers.get('content-type') ?? '', bytes) };
}

/** How many records a list or the roadmap holds. */
function countOf(text: string): number {
  const body = JSON.parse(text) as { total?: number; counts?: { total: number }; axes?: { commitments: unknown[] }[] };
  return body.total ?? (body.axes ?? []).reduce((n, a) => n + a.commitments.length, 0);
}

beforeAll(async () => {
  server = await startTestServer({ bot: { settings: { appId: '', appPassword: '', appType: 'MultiTenant' } }, ...(process.env.CHROMIUM_PATH ? { services: { chromiumPath: process.env.CHROMIUM_PATH } } : {}) });
  // A third of the actions go to the reader, so that "my actions" shows them something.
  await plantSecrets(server.store, (kind, index) => (kind === 'action' && index % 3 === 0 ? { ownerPersonId: AS.reader } : {}));
  const action = (await server.store.action.list())[0]!;
  const taken = await server.api('/snapshots', { method: 'POST', body: { title: 'Instantané du test' } });
  expect(taken.status).toBe(201);
  const ids0Service = (await server.store.service.list())[0]!.id;
  await server.store.operations.campaign.create({
    id: 'camp-test',
    kind: 'action_review',
    title: 'Revue de test',
    audience: { kind: 'service_heads', serviceIds: [ids0Service] },
    openingDate: '2026-12-01',
    deadline: '2026-12-15',
    reminderOffsets: [],
    applyMode: 'proposals',
    state: 'draft',
  });
  const first = async (kind: (typeof ENTITY_KINDS)[number]) => (await server.services.records.list(kind))[0]!.id;
  ids = {
    snapshot: taken.body.id as string,
    campaign: 'camp-test',
    records: {
      axis: await first('axis'),
      commitment: action.commitmentId,
      action: action.id,
      indicator: await first('indicator'),
      measure: await first('measure'),
      service: await first('service'),
      person: AS.administrator,
      feedback: await first('feedback'),
      mandate: 'mandate',
    },
  };
}, 60_000);
afterAll(() => server.close());

describe('internal fields never leave through any door', () => {
  it('has a request for every route of the app, and no request for a route that does not exist', () => {
    const routes = listRoutes(server.app).map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => !(r in ROUTE_TABLE))).toEqual([]);
    expect(Object.keys(ROUTE_TABLE).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const seen = new Map<Role, Set<string>>();
  it.each(ROLES)('every route answer and every file, as %s', async (role) => {
    const found = new Set<string>();
    // Every problem of the role at once, so that a failure lists every door rather than the first.
    const problems: string[] = [];
    for (const [route, entry] of Object.entries(ROUTE_TABLE)) {
      if (entry.write && SEES_ALL.has(role)) continue; // A write's answer shows what its author may see anyway.
      for (const request of entry.requests(ids, role)) {
        const { status, text } = await call(role, request);
        const where = `${route} → ${request.path} (${status})`;
        checked.push(`${role} ${where}`);
        if (status >= 500) problems.push(`${where}: server error`);
        const leaked = plantedIn(text);
        if (leaked.size > 0 && (!SEES_ALL.has(role) || entry.published)) problems.push(`${where}: ${[...leaked].join(', ')} … ${around(text)}`);
        // A search's count says as much as its rows: a reader's search for a secret finds nothing.
        if (!SEES_ALL.has(role) && request.path.includes('q=') && status === 200 && countOf(text) > 0) problems.push(`${where}: the search found ${countOf(text)}`);
        for (const field of leaked) found.add(field);
      }
    }
    expect(problems).toEqual([]);
    seen.set(role, found);
    // The roles that read internal fields see every planted field somewhere: the secrets are really there.
    if (SEES_ALL.has(role)) expect([...PLANTED_FIELDS].filter((f) => !found.has(f))).toEqual([]);
  }, 300_000);

  it.each(ROLES)('?q= finds a hidden field only for the roles that may read it (%s)', async (role) => {
    const searches: [string, (body: { total?: number; counts?: { total: number } }) => number][] = [
      [`/actions?q=${encodeURIComponent(searchSecret('action.blockers'))}`, (b) => b.total ?? 0],
      [`/actions?q=${encodeURIComponent(searchSecret('action.nextSteps'))}`, (b) => b.total ?? 0],
      [`/commitments?q=${encodeURIComponent(searchSecret('commitment.gapJustification'))}`, (b) => b.total ?? 0],
      [`/feedback?q=${encodeURIComponent(searchSecret('feedback.summary'))}`, (b) => b.total ?? 0],
      [`/people?q=${encodeURIComponent(searchSecret('person.email'))}`, (b) => b.total ?? 0],
      [`/roadmap?q=${encodeURIComponent(searchSecret('action.blockers'))}`, (b) => b.counts?.total ?? 0],
    ];
    for (const [path, count] of searches) {
      const res = await server.api(path, { as: AS[role] });
      checked.push(`${role} q ${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, count(res.body) > 0]).toEqual([path, SEES_ALL.has(role)]);
    }
  });

  it('the read-model cache never serves an answer built for one view to another (same data, same query, just after)', async () => {
    for (const path of ['/roadmap', '/roadmap?half=second', '/dashboard']) {
      const [asPilotage, asReader] = [await call('pilotage', { path: `/api/v1${path}` }), await call('reader', { path: `/api/v1${path}` })];
      checked.push(`pilotage+reader cache ${path}`);
      expect([path, plantedIn(asPilotage.text).size > 0]).toEqual([path, true]);
      expect([path, [...plantedIn(asReader.text)]]).toEqual([path, []]);
    }
  });

  it('the bot shows readers no secret: chat commands in their chat, the digest in the channel they sit in', async () => {
    const reader = (await server.store.person.get(AS.reader))!;
    const actor = { userId: '29:reader', aadObjectId: reader.entraObjectId!, name: reader.displayName, conversationId: 'a:reader', conversationType: 'personal' as const };
    const outputs: [string, unknown][] = [];
    for (const locale of ['fr-FR', 'en-US'])
      for (const text of locale === 'fr-FR' ? ['aide', 'mes actions', 'mes questionnaires', 'bonjour'] : ['help', 'my actions', 'my questionnaires'])
        outputs.push([`${locale} « ${text} »`, await server.services.bot.message({ ...actor, locale }, text)]);
    for (const lang of ['fr', 'en'] as const) outputs.push([`digest ${lang}`, await server.services.digest.build(lang)]);
    for (const [what, output] of outputs) {
      checked.push(`reader bot ${what}`);
      expect([what, [...plantedIn(JSON.stringify(output))]]).toEqual([what, []]);
    }
    // The reader's own actions are on their card: the check looked at real content.
    expect(JSON.stringify(outputs.find(([w]) => w.includes('mes actions'))![1])).toContain((await server.store.action.list())[0]!.title.slice(0, 20));
  });

  afterAll(() => {
    process.stdout.write(`redaction-planted-secret: ${checked.length} cases (route request × role × output)\n`);
  });
});
