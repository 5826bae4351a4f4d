import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { deriveRoadmapData, readRoadmapRecords } from '../../src/app/roadmap/roadmap-data.js';
import { RoadmapDataSource } from '../../src/app/roadmap/roadmap-data.source.js';
import { seedDemoIfEmpty } from '../../src/app/seed/seed-store.js';
import type { ChangeContext } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { fixedClock } from '../support/fixed-clock.js';

const ctx: ChangeContext = { actor: { id: 't', name: 'Test' }, source: 'api', at: '2026-11-27T10:00:00.000Z' };

describe('RoadmapDataSource', () => {
  let store: RoadmapStore;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    clock = fixedClock();
    await seedDemoIfEmpty(store, clock);
  });
  afterEach(() => store.close());

  const fullRead = async () => deriveRoadmapData(await readRoadmapRecords(store), clock.today());

  it('serves the same data until something changes', async () => {
    const source = new RoadmapDataSource(store, clock);
    const first = await source.load();
    const second = await source.load();
    expect(second.revision).toBe(first.revision);
    expect(second.data).toBe(first.data);
  });

  it('after writes, reads only the changed records and ends up equal to a full read', async () => {
    const source = new RoadmapDataSource(store, clock);
    await source.load();
    const listSpy = jest.spyOn(store.action, 'list');

    const [a1, a2] = await store.action.list();
    listSpy.mockClear();
    await store.action.update({ ...strip(a1!), progress: 99, status: 'in_progress' }, a1!.version, ctx);
    await store.action.delete(a2!.id, a2!.version, ctx);
    await store.action.create({ id: 'act-new', commitmentId: a1!.commitmentId, title: 'Nouvelle action', status: 'planned', half: 'second' }, ctx);
    const [axis] = await store.axis.list();
    await store.axis.update({ ...strip(axis!), order: 99 }, axis!.version, ctx);
    const [indicator] = await store.indicator.list();
    await store.measure.create({ id: 'mes-new', indicatorId: indicator!.id, date: '2026-11-26', value: 1, source: 'manual' }, ctx);
    const mandate = (await store.mandate.get('mandate'))!;
    await store.mandate.update({ ...strip(mandate), collectivityName: 'Ville de Valmont' }, mandate.version, ctx);

    const after = await source.load();
    expect(listSpy).not.toHaveBeenCalled();
    expect(after.data).toEqual(await fullRead());
    expect(after.data.axes.at(-1)?.id).toBe(axis!.id);
    expect(after.data.actions.find((a) => a.id === a1!.id)?.progress).toBe(99);
    expect(after.data.actions.some((a) => a.id === a2!.id)).toBe(false);
    expect(after.data.indicators.find((i) => i.id === indicator!.id)?.assessment.latest).toEqual({ date: '2026-11-26', value: 1 });
  });

  it('recomputes lateness when the day changes, without any write', async () => {
    const source = new RoadmapDataSource(store, clock);
    const before = await source.load();
    clock.advance(400 * 86_400);
    const later = await source.load();
    expect(later.revision).not.toBe(before.revision);
    expect(later.data.actions.filter((a) => a.late).length).toBeGreaterThan(before.data.actions.filter((a) => a.late).length);
  });
});

/** A stored record without its metadata, as repositories take it. */
function strip<T extends { version: string; createdAt: string; updatedAt: string }>(record: T): Omit<T, 'version' | 'createdAt' | 'updatedAt'> {
  const { version: _v, createdAt: _c, updatedAt: _u, ...data } = record;
  return data;
}
