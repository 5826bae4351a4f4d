import { PUBLIC_KINDS } from '../../src/app/bilan/public/public-fields.js';
import type { ChangeContext, EntityKind, EntityMap, Stored } from '../../src/domain/entities/index.js';
import { repositoryOf } from '../../src/ports/store.port.js';
import { AS, readPdf, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';

/**
 * Plants a secret in every internal field of the demo commune (blockers, next steps, budgets, staffing, owners, every
 * person, measure comments, internal meetings, campaign answers, the snapshot's title) and searches every public
 * output for it.
 */
const SECRET = 'SECRET-7f3a9c';
const SECRET_BUDGET = 7_654_321;
const SECRET_STAFFING = 9876.5;
const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

let n = 0;
const secret = (): string => `${SECRET}-${++n}`;

/** Where a secret shows, whatever the case and however a number is formatted (7 654 321, 7654321, 9 876,5). */
function leaks(text: string): string[] {
  const found: string[] = [];
  const folded = text.toLowerCase();
  let at = folded.indexOf(SECRET.toLowerCase());
  while (at >= 0 && found.length < 5) {
    found.push(text.slice(Math.max(0, at - 60), at + 40));
    at = folded.indexOf(SECRET.toLowerCase(), at + 1);
  }
  for (const pattern of [/7\D{0,3}654\D{0,3}321/, /9\D{0,3}876[.,]5/]) {
    const match = pattern.exec(text);
    if (match) found.push(text.slice(Math.max(0, match.index - 60), match.index + 40));
  }
  return found;
}

async function updateAll<K extends EntityKind>(server: BilanTestServer, kind: K, change: (record: Stored<EntityMap[K]>) => EntityMap[K]): Promise<void> {
  const repository = repositoryOf(server.store, kind);
  for (const record of await repository.list()) {
    const { version, createdAt: _c, updatedAt: _u, ...data } = change(record) as Stored<EntityMap[K]>;
    await repository.update(data as unknown as EntityMap[K], version ?? record.version, ctx);
  }
}

async function plantSecrets(server: BilanTestServer): Promise<void> {
  await server.store.person.create({ id: 'pers-secret', displayName: secret(), email: `${SECRET.toLowerCase()}@example.org`, jobTitle: secret(), role: 'reader', serviceIds: [] }, ctx);
  await updateAll(server, 'person', (p) => ({ ...p, displayName: secret(), jobTitle: secret() }));
  await updateAll(server, 'action', (a) => ({
    ...a,
    blockers: secret(),
    nextSteps: secret(),
    budgetPlanned: SECRET_BUDGET,
    budgetSpent: SECRET_BUDGET,
    staffing: SECRET_STAFFING,
    ownerPersonId: 'pers-secret',
  }));
  await updateAll(server, 'commitment', (c) => ({ ...c, leadPersonId: 'pers-secret' }));
  await updateAll(server, 'service', (s) => ({ ...s, headPersonId: 'pers-secret' }));
  await updateAll(server, 'measure', (m) => ({ ...m, comment: secret() }));
  await updateAll(server, 'feedback', (f) => (f.kind === 'citizen_workshop' || f.kind === 'online_consultation' ? f : { ...f, title: secret(), summary: secret(), themes: [secret()] }));

  const ops = server.store.operations;
  const base = { openingDate: '2026-11-01', deadline: '2026-11-20', reminderOffsets: [], applyMode: 'proposals' as const, state: 'closed' as const, launchedAt: '2026-11-01T08:00:00.000Z', description: secret() };
  await ops.campaign.createMany([
    { ...base, id: 'camp-e', kind: 'elected_self_assessment', title: secret(), audience: { kind: 'elected_officials' } },
    { ...base, id: 'camp-r', kind: 'action_review', title: secret(), audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
    { ...base, id: 'camp-w', kind: 'working_time_1607', title: secret(), audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
  ]);
  const submittedAt = '2026-11-10T08:00:00.000Z';
  await ops.response.createMany([
    { id: 'resp-e', campaignId: 'camp-e', deliveryId: 'd1', personId: AS.elected, submittedAt, answers: { kind: 'elected_self_assessment', bySubject: { 'eng-1-1': { score: 2, difficulties: secret(), priority: 'high' } } } },
    {
      id: 'resp-r',
      campaignId: 'camp-r',
      deliveryId: 'd2',
      personId: AS.service_head,
      submittedAt,
      answers: { kind: 'action_review', bySubject: { 'act-001': { progress: 35, blockers: secret(), nextSteps: secret(), needs: secret(), comment: secret(), measures: [] } } },
    },
    {
      id: 'resp-w',
      campaignId: 'camp-w',
      deliveryId: 'd3',
      personId: AS.service_head,
      submittedAt,
      answers: { kind: 'working_time_1607', bySubject: { 'svc-batiments': { hoursFreed: 4321, split: { better_service: 40, new_projects: 30, quality_of_life: 30, other: 0 }, examples: secret() } } },
    },
  ]);
}

let server: BilanTestServer;
let snapshotId: string;
beforeAll(async () => {
  server = await startBilanTestServer();
  await plantSecrets(server);
  const taken = await server.api('/snapshots', { method: 'POST', body: { title: secret() } });
  snapshotId = taken.body.id;
}, 60_000);
afterAll(() => server.close());

const PUBLIC_PATHS = [
  '/exports/public.html',
  '/exports/opendata.json',
  '/exports/opendata.schema.json',
  '/exports/opendata.readme.md',
  ...PUBLIC_KINDS.map((kind) => `/exports/opendata/${kind}.csv`),
];

describe('public outputs carry no internal field', () => {
  it('planted the secrets where internal exports do show them (the test can fail)', async () => {
    const internal = (await server.api('/exports/csv/action')).body as string;
    expect(leaks(internal).length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify((await server.api('/bilan')).body)).length).toBeGreaterThan(0);
  });

  it.each(PUBLIC_PATHS.flatMap((p) => [[p, 'today'], [p, 'snapshot']]))('%s (%s)', async (path, from) => {
    const res = await server.api(from === 'snapshot' && !path.includes('schema') && !path.includes('readme') ? `${path}?snapshot=${snapshotId}` : path);
    expect(res.status).toBe(200);
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    expect(text.length).toBeGreaterThan(100);
    expect(leaks(text)).toEqual([]);
  });

  it.each([['today'], ['snapshot']])('the PDF (%s)', async (from) => {
    const res = await server.bytes(from === 'snapshot' ? `/exports/public.pdf?snapshot=${snapshotId}` : '/exports/public.pdf');
    expect(res.status).toBe(200);
    const { pages, text } = await readPdf(res.body);
    expect(pages).toBeGreaterThan(1);
    expect(leaks(text.replace(/-\s+/g, '-'))).toEqual([]);
  }, 60_000);
});
