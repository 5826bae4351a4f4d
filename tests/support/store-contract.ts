import type { Action, ChangeContext, Commitment, Indicator, Measure } from '../../src/domain/entities/index.js';
import { ConflictError, IntegrityError, NotFoundError } from '../../src/domain/errors.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';

const ctx = (at = '2026-11-27T09:00:00.000Z'): ChangeContext => ({ actor: { id: 'pers-test', name: 'Testeuse' }, source: 'api', at });

const axis = { id: 'axe-a', title: 'Transition écologique', order: 1, color: '#2E7D32' };
const commitment: Commitment = { id: 'eng-a', axisId: 'axe-a', reference: '1.1', title: 'Rénover les écoles', status: 'in_progress' };
const makeAction = (id: string, extra: Partial<Action> = {}): Action => ({
  id,
  commitmentId: 'eng-a',
  title: `Action ${id}`,
  status: 'in_progress',
  half: 'first',
  ...extra,
});
const indicator: Indicator = {
  id: 'ind-a',
  commitmentId: 'eng-a',
  name: 'Consommation énergétique des écoles',
  unit: 'MWh',
  direction: 'decrease',
  baselineValue: 1000,
  baselineDate: '2025-01-01',
  targetValue: 700,
  targetDate: '2032-01-01',
  milestones: [],
  frequency: 'annual',
};
const measure = (id: string, date: string, value: number): Measure => ({ id, indicatorId: 'ind-a', date, value, source: 'manual' });

/** The behaviour every RoadmapStore adapter must show: run against SQLite and SharePoint alike. */
export function describeRoadmapStoreContract(name: string, makeStore: () => Promise<RoadmapStore>): void {
  describe(`RoadmapStore contract: ${name}`, () => {
    let store: RoadmapStore;
    beforeEach(async () => {
      store = await makeStore();
      await store.axis.create(axis, ctx());
      await store.commitment.create(commitment, ctx());
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates a record with a version and reads it back', async () => {
      const created = await store.action.create(makeAction('act-1', { progress: 40 }), ctx());
      expect(created.version).toBeTruthy();
      expect(created.createdAt).toBe('2026-11-27T09:00:00.000Z');
      expect(await store.action.get('act-1')).toEqual(created);
      expect(await store.action.get('act-missing')).toBeUndefined();
    });

    it('refuses a duplicate id and keeps the first record', async () => {
      await store.action.create(makeAction('act-1', { title: 'Première' }), ctx());
      await expect(store.action.create(makeAction('act-1', { title: 'Seconde' }), ctx())).rejects.toBeInstanceOf(IntegrityError);
      expect((await store.action.get('act-1'))?.title).toBe('Première');
      expect(await store.action.count()).toBe(1);
    });

    it('updates with the current version, bumps the version and records old → new per field', async () => {
      const v1 = await store.action.create(makeAction('act-1', { progress: 40 }), ctx());
      const v2 = await store.action.update(makeAction('act-1', { progress: 60, weather: 'sunny' }), v1.version, ctx('2026-11-28T10:00:00.000Z'));
      expect(v2.version).not.toBe(v1.version);
      expect(v2.progress).toBe(60);
      expect(v2.updatedAt).toBe('2026-11-28T10:00:00.000Z');
      const [latest] = await store.history.forRecord('action', 'act-1');
      expect(latest).toMatchObject({ operation: 'update', source: 'api', actor: { id: 'pers-test', name: 'Testeuse' } });
      expect(latest?.changes).toEqual(
        expect.arrayContaining([
          { field: 'progress', old: 40, new: 60 },
          { field: 'weather', old: null, new: 'sunny' },
        ]),
      );
    });

    it('refuses a stale version, changes nothing and hands back the current record', async () => {
      const v1 = await store.action.create(makeAction('act-1', { progress: 40 }), ctx());
      const v2 = await store.action.update(makeAction('act-1', { progress: 50 }), v1.version, ctx());
      const error = await store.action.update(makeAction('act-1', { progress: 90 }), v1.version, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ progress: 50, version: v2.version });
      expect(await store.action.get('act-1')).toEqual(v2);
      expect(await store.history.forRecord('action', 'act-1')).toHaveLength(2);
    });

    it('an update that changes nothing keeps the version and writes no history', async () => {
      const v1 = await store.action.create(makeAction('act-1', { progress: 40 }), ctx());
      const same = await store.action.update(makeAction('act-1', { progress: 40 }), v1.version, ctx());
      expect(same.version).toBe(v1.version);
      expect(await store.history.forRecord('action', 'act-1')).toHaveLength(1);
    });

    it('updating or deleting a missing record is NotFound', async () => {
      await expect(store.action.update(makeAction('act-x'), '1', ctx())).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.action.delete('act-x', '1', ctx())).rejects.toBeInstanceOf(NotFoundError);
    });

    it('deletes with the current version only, and keeps the history', async () => {
      const v1 = await store.action.create(makeAction('act-1'), ctx());
      const v2 = await store.action.update(makeAction('act-1', { progress: 10 }), v1.version, ctx());
      await expect(store.action.delete('act-1', v1.version, ctx())).rejects.toBeInstanceOf(ConflictError);
      expect(await store.action.get('act-1')).toBeDefined();
      await store.action.delete('act-1', v2.version, ctx());
      expect(await store.action.get('act-1')).toBeUndefined();
      const history = await store.history.forRecord('action', 'act-1');
      expect(history.map((h) => h.operation)).toEqual(['delete', 'update', 'create']);
      expect(history[0]?.changes).toEqual(expect.arrayContaining([{ field: 'progress', old: 10, new: null }]));
    });

    it('filters actions by commitment, service, owner, status and météo', async () => {
      await store.action.createMany(
        [
          makeAction('act-1', { serviceId: 'svc-a', ownerPersonId: 'pers-a', status: 'blocked', weather: 'stormy' }),
          makeAction('act-2', { serviceId: 'svc-b', ownerPersonId: 'pers-b', status: 'done', progress: 100, weather: 'sunny' }),
          makeAction('act-3', { serviceId: 'svc-a', status: 'planned' }),
        ],
        ctx(),
      );
      const ids = async (f: Parameters<RoadmapStore['action']['list']>[0]) => (await store.action.list(f)).map((a) => a.id).sort();
      expect(await ids({ serviceId: 'svc-a' })).toEqual(['act-1', 'act-3']);
      expect(await ids({ ownerPersonId: 'pers-b' })).toEqual(['act-2']);
      expect(await ids({ status: ['blocked', 'planned'] })).toEqual(['act-1', 'act-3']);
      expect(await ids({ weather: ['stormy'] })).toEqual(['act-1']);
      expect(await ids({ commitmentIds: ['eng-a'], serviceId: 'svc-a', weather: ['sunny'] })).toEqual([]);
      expect(await ids({ commitmentIds: [] })).toEqual([]);
    });

    it('searches text without regard to accents or case', async () => {
      await store.action.createMany(
        [
          makeAction('act-1', { title: 'Végétaliser les cours d’école' }),
          makeAction('act-2', { title: 'Plan vélo', description: 'Pistes cyclables sécurisées' }),
          makeAction('act-3', { title: '100 % de réussite' }),
        ],
        ctx(),
      );
      expect((await store.action.list({ q: 'ECOLE' })).map((a) => a.id)).toEqual(['act-1']);
      expect((await store.action.list({ q: 'securisees' })).map((a) => a.id)).toEqual(['act-2']);
      // LIKE wildcards in the query are taken literally.
      expect((await store.action.list({ q: '100 %' })).map((a) => a.id)).toEqual(['act-3']);
      expect(await store.action.list({ q: '%' })).toHaveLength(1);
    });

    it('filters by members of a list field (people by service)', async () => {
      await store.person.createMany(
        [
          { id: 'pers-a', displayName: 'Anne', role: 'service_head', serviceIds: ['svc-a', 'svc-b'] },
          { id: 'pers-b', displayName: 'Bruno', role: 'reader', serviceIds: [] },
        ],
        ctx(),
      );
      expect((await store.person.list({ serviceId: 'svc-b' })).map((p) => p.id)).toEqual(['pers-a']);
      expect((await store.person.list({ role: ['reader'] })).map((p) => p.id)).toEqual(['pers-b']);
    });

    it('gives the latest measure of each indicator and lists measures by date range', async () => {
      await store.indicator.create(indicator, ctx());
      await store.measure.createMany(
        [measure('m-2', '2026-06-01', 900), measure('m-1', '2025-06-01', 950), measure('m-3', '2026-01-01', 920)],
        ctx(),
      );
      const latest = await store.latestMeasures();
      expect(latest.map((m) => [m.id, m.value])).toEqual([['m-2', 900]]);
      const inRange = await store.measure.list({ indicatorId: 'ind-a', from: '2025-12-01', to: '2026-12-31' });
      expect(inRange.map((m) => m.id)).toEqual(['m-3', 'm-2']);
    });

    it('createMany writes all or nothing', async () => {
      await expect(store.action.createMany([makeAction('act-1'), makeAction('act-1')], ctx())).rejects.toBeInstanceOf(IntegrityError);
      expect(await store.action.count()).toBe(0);
    });

    it('lists recent history newest first, optionally by kind', async () => {
      await store.action.create(makeAction('act-1'), ctx());
      const recent = await store.history.recent(2);
      expect(recent.map((h) => [h.entityType, h.entityId])).toEqual([
        ['action', 'act-1'],
        ['commitment', 'eng-a'],
      ]);
      expect((await store.history.recent(10, ['axis'])).map((h) => h.entityId)).toEqual(['axe-a']);
    });

    it('moves its change cursor on every write, and tells which records changed since a cursor', async () => {
      const c0 = await store.changeCursor();
      if (c0 === undefined) return; // a store that cannot tell turns caching off; the SQLite suite asserts it can
      await store.axis.list();
      expect(await store.changeCursor()).toBe(c0);
      const created = await store.action.create(makeAction('act-1'), ctx());
      await store.action.create(makeAction('act-2'), ctx());
      const c1 = await store.changeCursor();
      expect(c1).not.toBe(c0);
      await store.action.update(makeAction('act-1', { progress: 5 }), created.version, ctx());
      await store.action.delete('act-2', (await store.action.get('act-2'))!.version, ctx());
      await expect(store.action.update(makeAction('act-1', { progress: 9 }), created.version, ctx())).rejects.toBeInstanceOf(ConflictError);
      const byKey = (xs: { kind: string; id: string }[] | undefined) => xs?.map((x) => `${x.kind}/${x.id}`).sort();
      expect(byKey(await store.changedSince(c0, 100))).toEqual(['action/act-1', 'action/act-2']);
      expect(byKey(await store.changedSince(c1!, 100))).toEqual(['action/act-1', 'action/act-2']);
      expect(await store.changedSince((await store.changeCursor())!, 100)).toEqual([]);
      expect(await store.changedSince(c0, 1)).toBeUndefined();
    });

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
