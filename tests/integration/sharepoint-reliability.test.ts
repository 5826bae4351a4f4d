import { buildDemoCommune } from '../../src/app/seed/demo-commune.js';
import { createRandom } from '../../src/app/seed/random.js';
import { seedDemoIfEmpty } from '../../src/app/seed/seed-store.js';
import type { ChangeContext } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { fixedClock } from '../support/fixed-clock.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ctx = (i: number): ChangeContext => ({
  actor: { id: 'pers-charge', name: 'Banc de fiabilité' },
  source: 'api',
  at: new Date(Date.parse('2026-11-27T10:00:00.000Z') + i * 1000).toISOString(),
});
const strip = <T extends { version: string; createdAt: string; updatedAt: string }>({ version: _v, createdAt: _c, updatedAt: _u, ...data }: T) => data;

/** The demo seed, then 300 updates, measures and deletes chosen by a seeded generator: the same on every run. */
async function workload(store: RoadmapStore): Promise<{ created: number; deleted: number; updated: number; feedbackDeleted: number }> {
  await seedDemoIfEmpty(store, fixedClock());
  const demo = buildDemoCommune();
  const random = createRandom(2026);
  const measures = demo.measures.map((m) => m.id);
  const feedback = demo.feedback.map((f) => f.id);
  const counts = { created: 0, deleted: 0, updated: 0, feedbackDeleted: 0 };
  for (let i = 0; i < 300; i += 1) {
    const op = i % 3;
    if (op === 0) {
      const current = (await store.action.get(random.pick(demo.actions).id))!;
      const progress = current.status === 'done' ? 100 : random.int(0, 99);
      const next = { ...strip(current), progress, weather: random.pick(['sunny', 'cloudy', 'overcast', 'stormy'] as const) };
      const saved = await store.action.update(next, current.version, ctx(i));
      // A draw may repeat the current values: no write and no history then, as in SQLite.
      if (saved.version !== current.version) counts.updated += 1;
    } else if (op === 1) {
      const indicator = random.pick(demo.indicators);
      const id = `mes-w${i}`;
      await store.measure.create({ id, indicatorId: indicator.id, date: `2027-${String(1 + (i % 12)).padStart(2, '0')}-15`, value: random.int(0, 1000), source: 'bot' }, ctx(i));
      measures.push(id);
      counts.created += 1;
    } else {
      const fromFeedback = i % 33 === 2 && feedback.length > 0;
      const pool = fromFeedback ? feedback : measures;
      const id = pool.splice(random.int(0, pool.length - 1), 1)[0]!;
      const repository = fromFeedback ? store.feedback : store.measure;
      const current = (await repository.get(id))!;
      await repository.delete(id, current.version, ctx(i));
      counts.deleted += 1;
      if (fromFeedback) counts.feedbackDeleted += 1;
    }
  }
  return counts;
}

const LISTS = ['Mandat', 'Axes', 'Engagements', 'Actions', 'Indicateurs', 'Mesures', 'Services', 'Personnes', 'Retours'];

/** What the site holds, without what legitimately differs between runs (item ids, eTags, write tokens, history keys). */
async function siteContent(site: ProvisionedEmulator): Promise<Record<string, unknown[]>> {
  const content: Record<string, unknown[]> = {};
  for (const list of LISTS) {
    const items = await site.emulator.inspectList(list);
    content[list] = items
      .map(({ fields }) => {
        const { CapWrite: _w, '@odata.etag': _e, ...rest } = fields;
        return Object.fromEntries(Object.entries(rest).filter(([k]) => /^[A-Z]/.test(k) && !['ID', 'Created', 'Modified', 'Author', 'Editor'].includes(k)));
      })
      .sort((a, b) => String(a.CapId).localeCompare(String(b.CapId)));
  }
  content.Historique = (await site.emulator.inspectList('Historique'))
    .map(({ fields }) => [fields.EntityType, fields.EntityId, fields.Operation, fields.At, fields.Changes].join('|'))
    .sort();
  return content;
}

const duplicates = (items: unknown[]): number => items.length - new Set(items.map((i) => JSON.stringify((i as { CapId?: unknown }).CapId ?? i))).size;

describe('SharePoint store reliability: the same workload with and without 15 % of throttled requests', () => {
  jest.setTimeout(240_000);
  let clean: Record<string, unknown[]>;
  let cleanCounts: Awaited<ReturnType<typeof workload>>;

  it('runs the workload without faults', async () => {
    const site = await startProvisionedEmulator();
    try {
      cleanCounts = await workload(await site.open());
      clean = await siteContent(site);
    } finally {
      await site.close();
    }
    const demo = buildDemoCommune();
    const { created, deleted, feedbackDeleted } = cleanCounts;
    expect(feedbackDeleted).toBeGreaterThan(0);
    expect(clean.Mesures).toHaveLength(demo.measures.length + created - (deleted - feedbackDeleted));
    expect(clean.Retours).toHaveLength(demo.feedback.length - feedbackDeleted);
    // One history entry per record seeded and per write.
    const seeded = 1 + demo.services.length + demo.people.length + demo.axes.length + demo.commitments.length + demo.actions.length + demo.indicators.length + demo.measures.length + demo.feedback.length;
    expect(clean.Historique).toHaveLength(seeded + cleanCounts.created + cleanCounts.deleted + cleanCounts.updated);
    expect(cleanCounts.updated).toBeGreaterThan(90);
    for (const list of LISTS) expect(duplicates(clean[list]!)).toBe(0);
  });

  it('ends with identical lists, no duplicate and no lost write when 15 % of Graph requests answer 429 or 503', async () => {
    const site = await startProvisionedEmulator({ faults: { failureRate: 0.15, retryAfterSeconds: 0, seed: 42 } });
    let retries = 0;
    try {
      const store = await site.open({ onRetry: () => (retries += 1) });
      expect(await workload(store)).toEqual(cleanCounts);
      site.emulator.setFaults({ retryAfterSeconds: 0 });
      expect(site.emulator.stats().throttled).toBeGreaterThan(50);
      expect(retries).toBeGreaterThan(0);
      const faulty = await siteContent(site);
      for (const list of LISTS) expect(duplicates(faulty[list]!)).toBe(0);
      expect(faulty).toEqual(clean);
    } finally {
      await site.close();
    }
  });
});
