import type { ChangeContext } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { HOSTILE, refusedText } from '../support/hostile-strings.js';
import { startProvisionedEmulator } from '../support/sharepoint-emulator-store.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Text fields of each collection, their length limit, whether they are single-line, and a valid body to put them in. */
interface TextField {
  collection: string;
  field: string;
  max: number;
  list?: boolean;
  body: () => Record<string, unknown>;
}

/** The multi-line fields (tab, line feed and CRLF allowed); every other text field holds one line. */
const MULTILINE = new Set([
  'axes.description', 'commitments.description', 'commitments.gapJustification', 'actions.description', 'actions.blockers', 'actions.nextSteps',
  'indicators.description', 'indicators.source', 'measures.comment', 'feedback.summary',
]);

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

/** The few records the bodies point at, written straight into the store. */
async function loadFixture(store: RoadmapStore): Promise<void> {
  await store.person.create({ id: 'pers-admin', displayName: 'Admin', role: 'administrator', serviceIds: [] }, ctx);
  await store.service.create({ id: 'svc-a', name: 'Service A' }, ctx);
  await store.axis.create({ id: 'axe-a', title: 'Axe A', order: 1, color: '#2E7D32' }, ctx);
  await store.commitment.create({ id: 'eng-a', axisId: 'axe-a', reference: '1.1', title: 'Engagement A', status: 'in_progress' }, ctx);
  await store.action.create({ id: 'act-a', commitmentId: 'eng-a', title: 'Action A', status: 'in_progress', half: 'first' }, ctx);
  await store.indicator.create(
    { id: 'ind-a', actionId: 'act-a', name: 'Indicateur A', unit: '%', direction: 'increase', baselineValue: 0, baselineDate: '2025-01-01', targetValue: 10, targetDate: '2030-01-01', milestones: [], frequency: 'annual' },
    ctx,
  );
}

const FIELDS: TextField[] = [
  ...[['title', 120], ['description', 2000]].map(([field, max]) => ({ collection: 'axes', field: field as string, max: max as number, body: () => ({ title: 'Axe', order: 3, color: '#1565C0' }) })),
  ...[['reference', 20], ['title', 200], ['description', 4000], ['gapJustification', 4000]].map(([field, max]) => ({
    collection: 'commitments', field: field as string, max: max as number, body: () => ({ axisId: 'axe-a', reference: '1.9', title: 'Engagement', status: 'planned' }),
  })),
  ...[['title', 200], ['description', 4000], ['blockers', 2000], ['nextSteps', 2000]].map(([field, max]) => ({
    collection: 'actions', field: field as string, max: max as number, body: () => ({ commitmentId: 'eng-a', title: 'Action', status: 'planned', half: 'second' }),
  })),
  ...[['name', 200], ['description', 2000], ['unit', 30], ['source', 200]].map(([field, max]) => ({
    collection: 'indicators', field: field as string, max: max as number,
    body: () => ({ commitmentId: 'eng-a', name: 'Indicateur', unit: 'km', direction: 'decrease', baselineValue: 10, baselineDate: '2025-01-01', targetValue: 5, targetDate: '2031-01-01', frequency: 'annual' }),
  })),
  { collection: 'measures', field: 'comment', max: 1000, body: () => ({ indicatorId: 'ind-a', date: '2026-11-01', value: 4, source: 'manual' }) },
  ...[['name', 120], ['code', 20]].map(([field, max]) => ({ collection: 'services', field: field as string, max: max as number, body: () => ({ name: 'Service' }) })),
  ...[['displayName', 120], ['jobTitle', 160]].map(([field, max]) => ({ collection: 'people', field: field as string, max: max as number, body: () => ({ displayName: 'Personne', role: 'reader', serviceIds: [] }) })),
  ...[['title', 200], ['summary', 4000]].map(([field, max]) => ({
    collection: 'feedback', field: field as string, max: max as number, body: () => ({ kind: 'citizen_workshop', title: 'Atelier', date: '2026-10-01', summary: 'Synthèse', themes: [], commitmentIds: ['eng-a'] }),
  })),
  { collection: 'feedback', field: 'themes', max: 60, list: true, body: () => ({ kind: 'other', title: 'Retour', date: '2026-10-02', summary: 'Synthèse', themes: [], commitmentIds: [] }) },
];

/** Fields the text search (`q`) of their collection looks into. */
const SEARCHABLE = new Set([
  'commitments.reference', 'commitments.title', 'commitments.description', 'commitments.gapJustification',
  'actions.title', 'actions.description', 'actions.blockers', 'actions.nextSteps',
  'indicators.name', 'indicators.description', 'indicators.source',
  'services.name', 'services.code', 'people.displayName', 'people.jobTitle', 'feedback.title', 'feedback.summary',
]);

/** Every text field × every hostile string, through the API: stored verbatim, or refused on that very field (one message). */
function describeHostileStrings(name: string, start: () => Promise<TestServer>): void {
  describe(`hostile strings through the API on ${name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await start();
    }, 60_000);
    afterAll(() => server.close());

    const cases = FIELDS.flatMap((f) => Object.entries(HOSTILE).map(([label, text]) => [`${f.collection}.${f.field}`, label, f, text] as const));

    it.each(cases)('%s ← %s', async (_where, _label, f, text) => {
      const value = f.list ? [text] : text;
      const res = await server.api(`/${f.collection}`, { method: 'POST', body: { ...f.body(), [f.field]: value }, as: 'pers-admin' });
      const refused = text.length > f.max || refusedText(text, MULTILINE.has(`${f.collection}.${f.field}`));
      if (refused) {
        expect(res.status).toBe(400);
        expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([f.list ? `${f.field}.0` : f.field]);
        return;
      }
      expect(res.status).toBe(201);
      const read = await server.api(`/${f.collection}/${encodeURIComponent(res.body.id as string)}`, { as: 'pers-admin' });
      expect(read.body[f.field]).toEqual(value);
      // A hostile string in a filter is a value, never query syntax.
      if (SEARCHABLE.has(`${f.collection}.${f.field}`)) {
        const search = await server.api(`/${f.collection}?q=${encodeURIComponent(text.slice(0, 200))}`, { as: 'pers-admin' });
        expect(search.status).toBe(200);
        expect(search.body.items.map((r: { id: string }) => r.id)).toContain(res.body.id);
      }
    });
  });
}

describeHostileStrings('SQLite', async () => {
  const server = await startTestServer({ seed: false, writeRateLimit: { windowMs: 60_000, maxWritesPerWindow: 100_000 } });
  await loadFixture(server.store);
  return server;
});

describeHostileStrings('SharePoint (Graph emulator)', async () => {
  const site = await startProvisionedEmulator();
  const store = await site.open();
  await loadFixture(store);
  const server = await startTestServer({ seed: false, store, writeRateLimit: { windowMs: 60_000, maxWritesPerWindow: 100_000 } });
  return { ...server, close: async () => { await server.close(); await site.close(); } };
});
