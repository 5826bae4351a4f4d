import type { Action, ChangeContext } from '../../src/domain/entities/index.js';
import { RoadmapDataSource } from '../../src/app/roadmap/roadmap-data.source.js';
import { fixedClock } from '../support/fixed-clock.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ctx: ChangeContext = { actor: { id: 'pers-test', name: 'Testeuse' }, source: 'api', at: '2026-11-27T09:00:00.000Z' };
const action = (id: string, extra: Partial<Action> = {}): Action => ({ id, commitmentId: 'eng-a', title: `Action ${id}`, status: 'in_progress', half: 'first', ...extra });

describe('SharePoint store: the delta replica', () => {
  let site: ProvisionedEmulator;
  beforeEach(async () => {
    site = await startProvisionedEmulator();
    const setup = await site.open();
    await setup.axis.create({ id: 'axe-a', title: 'Axe', order: 1, color: '#2E7D32' }, ctx);
    await setup.commitment.create({ id: 'eng-a', axisId: 'axe-a', reference: '1.1', title: 'Écoles', status: 'in_progress' }, ctx);
    await setup.action.createMany([action('act-1', { progress: 10 }), action('act-2'), action('act-3')], ctx);
  });
  afterEach(() => site.close());

  const itemIdOf = async (list: string, id: string) => (await site.emulator.inspectList(list)).find((i) => i.fields.CapId === id)!.id;

  it('answers changeCursor with one Graph round trip when nothing changed', async () => {
    const store = await site.open();
    await store.changeCursor();
    site.emulator.resetStats();
    const cursor = (await store.changeCursor())!;
    expect(await store.changeCursor()).toBe(cursor);
    expect(site.emulator.stats().requests).toBe(2);
    expect(await store.changedSince(cursor, 10)).toEqual([]);
  });

  it('shows an item edited by a person in SharePoint after the next changeCursor, choice labels mapped back', async () => {
    const store = await site.open({ freshnessMs: 60_000 });
    const before = (await store.changeCursor())!;
    await site.emulator.editItemAsUser('Actions', await itemIdOf('Actions', 'act-1'), { Progress: 77, Weather: 'Orageux' });
    expect((await store.action.get('act-1'))?.progress).toBe(10); // served from the replica until the next sync
    const after = await store.changeCursor();
    expect(after).not.toBe(before);
    expect(await store.changedSince(before, 10)).toEqual([{ kind: 'action', id: 'act-1' }]);
    expect(await store.action.get('act-1')).toMatchObject({ progress: 77, weather: 'stormy' });
  });

  it('shows writes of another instance, deletions included', async () => {
    const reader = await site.open({ freshnessMs: 60_000 });
    const writer = await site.open();
    const before = (await reader.changeCursor())!;
    const act2 = (await writer.action.get('act-2'))!;
    await writer.action.delete('act-2', act2.version, ctx);
    await writer.action.create(action('act-4'), ctx);
    await reader.changeCursor();
    const changed = (await reader.changedSince(before, 10))!.map((c) => c.id).sort();
    expect(changed).toEqual(['act-2', 'act-4']);
    expect((await reader.action.list()).map((a) => a.id)).toEqual(['act-1', 'act-3', 'act-4']);
  });

  it('recovers from 410 Gone by reading the lists again and reporting what differs', async () => {
    const reader = await site.open({ freshnessMs: 60_000 });
    const writer = await site.open();
    const before = (await reader.changeCursor())!;
    const act1 = (await writer.action.get('act-1'))!;
    await writer.action.update(action('act-1', { progress: 55 }), act1.version, ctx);
    const act3 = (await writer.action.get('act-3'))!;
    await writer.action.delete('act-3', act3.version, ctx);
    site.emulator.setFaults({ forceDeltaResync: true, retryAfterSeconds: 0 });
    await reader.changeCursor();
    site.emulator.setFaults({ retryAfterSeconds: 0 });
    expect((await reader.changedSince(before, 10))!.map((c) => c.id).sort()).toEqual(['act-1', 'act-3']);
    expect((await reader.action.list()).map((a) => [a.id, a.progress])).toEqual([
      ['act-1', 55],
      ['act-2', undefined],
    ]);
    // And the replica keeps following changes after the resync.
    await writer.action.create(action('act-5'), ctx);
    await reader.changeCursor();
    expect((await reader.action.get('act-5'))?.id).toBe('act-5');
  });

  it('lets the roadmap read model refresh incrementally: changeCursor, then reads from the replica', async () => {
    const store = await site.open();
    const writer = await site.open();
    const source = new RoadmapDataSource(store, fixedClock());
    await source.load();
    const act1 = (await writer.action.get('act-1'))!;
    await writer.action.update(action('act-1', { progress: 99 }), act1.version, ctx);
    site.emulator.resetStats();
    const after = await source.load();
    expect(after.data.actions.find((a) => a.id === 'act-1')?.progress).toBe(99);
    expect(site.emulator.stats().requests).toBe(1);
    site.emulator.resetStats();
    await source.load();
    expect(site.emulator.stats().requests).toBe(1);
  });
});
