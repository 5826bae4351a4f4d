import { buildDemoCommune } from '../../src/app/seed/demo-commune.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { downloadTemplate, postImport } from '../fixtures/import/workbooks.js';

/** Generous for a slow CI machine; it takes a fraction of this on a laptop (see the README). */
const BUDGET_MS = 3000;

describe('importing the demo commune into an empty store', () => {
  let seeded: TestServer;
  let empty: TestServer;
  let workbook: Buffer;
  beforeAll(async () => {
    seeded = await startTestServer();
    empty = await startTestServer({ seed: false });
    await empty.store.person.create(
      { id: 'pers-admin', displayName: 'Administratrice', email: 'admin@exemple.fr', role: 'administrator', serviceIds: [] },
      { actor: { id: 'test', name: 'Test' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' },
    );
    workbook = (await downloadTemplate(seeded, true)).data;
  });
  afterAll(async () => {
    await seeded.close();
    await empty.close();
  });

  it(`creates every record of the ~770 rows in well under ${BUDGET_MS} ms, with the same ids and content`, async () => {
    const demo = buildDemoCommune();
    const started = performance.now();
    const res = await postImport(empty, workbook, { as: 'pers-admin' });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({
      person: demo.people.length,
      service: demo.services.length,
      axis: demo.axes.length,
      commitment: demo.commitments.length,
      action: demo.actions.length,
      indicator: demo.indicators.length,
      measure: demo.measures.length,
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
    const strip = <T extends object>(records: T[]) => records.map(({ version: _v, createdAt: _c, updatedAt: _u, ...data }: T & { version?: string; createdAt?: string; updatedAt?: string }) => data);
    expect(strip(await empty.store.action.list())).toEqual(expect.arrayContaining(demo.actions.map((a) => expect.objectContaining(a))));
    expect(strip(await empty.store.indicator.list())).toEqual(expect.arrayContaining(demo.indicators.map((i) => expect.objectContaining(i))));
    // Measures have no reference of their own: their indicator and date identify them, and name the new ids.
    const measures = await empty.store.measure.list();
    const first = demo.measures[0]!;
    const { id: _id, ...content } = first;
    expect(measures.find((m) => m.indicatorId === first.indicatorId && m.date === first.date)).toMatchObject({ ...content, id: `mes-${first.indicatorId}-${first.date}` });
  });

  it('a second import of the same workbook changes nothing', async () => {
    const res = await postImport(empty, workbook, { as: 'pers-admin' });
    expect(res.status).toBe(200);
    expect(Object.values(res.body.created as Record<string, number>).every((n) => n === 0)).toBe(true);
    expect(Object.values(res.body.updated as Record<string, number>).every((n) => n === 0)).toBe(true);
    expect(res.body.unchanged.measure).toBe(buildDemoCommune().measures.length);
    // The administrator who imported is not in the file: kept, and counted as such.
    expect(res.body.notInFile.person).toBe(1);
  });
});
