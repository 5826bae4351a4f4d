import { ENTITY_KINDS } from '../../src/domain/entities/index.js';
import { snapshot } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { columnOf, downloadTemplate, editWorkbook, postImport, rowWithKey } from '../fixtures/import/workbooks.js';

const KINDS = ['person', 'service', 'axis', 'commitment', 'action', 'indicator', 'measure'] as const;
const zero = Object.fromEntries(KINDS.map((k) => [k, 0]));

/** Every record's id and version, to prove that nothing was rewritten. */
async function versions(server: TestServer): Promise<Record<string, string>> {
  const entries = await Promise.all(
    ENTITY_KINDS.map(async (kind) => (await server.store[kind].list()).map((r) => [`${kind}/${r.id}`, r.version] as const)),
  );
  return Object.fromEntries(entries.flat());
}

describe('import round trip', () => {
  let server: TestServer;
  let exported: Buffer;
  beforeAll(async () => {
    server = await startTestServer();
    exported = (await downloadTemplate(server, true)).data;
  });
  afterAll(() => server.close());

  it('imports the exported roadmap back with 0 created, 0 updated and everything unchanged, rewriting nothing', async () => {
    const before = await versions(server);
    const history = await snapshot(server.store);
    const res = await postImport(server, exported);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, created: zero, updated: zero, notInFile: zero, changes: [] });
    expect(res.body.unchanged).toEqual({
      person: await server.store.person.count(),
      service: await server.store.service.count(),
      axis: 6,
      commitment: 38,
      action: 104,
      indicator: 40,
      measure: await server.store.measure.count(),
    });
    expect(await versions(server)).toEqual(before);
    expect(await snapshot(server.store)).toEqual(history);
  });

  it('dry run of an edited workbook reports the update and writes nothing', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      rowWithKey(wb, 'Actions', '001').getCell(columnOf(wb, 'Actions', 'Avancement (%)')).value = 90;
    });
    const before = await snapshot(server.store, { kind: 'action', id: 'act-001' });
    const res = await postImport(server, edited, { query: 'dryRun=true' });
    expect(res.status).toBe(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.updated.action).toBe(1);
    expect(res.body.changes).toEqual([{ kind: 'action', id: 'act-001', row: 'Actions!3:3', operation: 'update', fields: ['progress'] }]);
    expect(await snapshot(server.store, { kind: 'action', id: 'act-001' })).toEqual(before);
  });

  it('re-import after editing one cell updates exactly that record, with history from the import (old → new)', async () => {
    const current = (await server.store.action.get('act-001'))!;
    const edited = await editWorkbook(exported, (wb) => {
      rowWithKey(wb, 'Actions', '001').getCell(columnOf(wb, 'Actions', 'Avancement (%)')).value = 90;
    });
    const res = await postImport(server, edited);
    expect(res.status).toBe(200);
    expect(res.body.updated).toEqual({ ...zero, action: 1 });
    expect(res.body.created).toEqual(zero);
    expect(res.body.unchanged.action).toBe(103);
    const after = (await server.store.action.get('act-001'))!;
    expect(after.progress).toBe(90);
    expect(Number(after.version)).toBe(Number(current.version) + 1);
    const [latest] = await server.store.history.forRecord('action', 'act-001');
    expect(latest).toMatchObject({
      operation: 'update',
      source: 'import',
      actor: { id: 'pers-marc-tessier' },
      changes: [{ field: 'progress', old: current.progress, new: 90 }],
    });
    // The same file again: now nothing changes.
    const again = await postImport(server, edited);
    expect(again.body.updated).toEqual(zero);
  });

  it('creates a new row and leaves records missing from the file in place, reported as not in the file', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const actions = wb.getWorksheet('Actions')!;
      const heading = (name: string) => columnOf(wb, 'Actions', name);
      actions.spliceRows(rowWithKey(wb, 'Actions', '002').number, 1);
      const row = actions.addRow([]);
      row.getCell(heading('Référence')).value = 'A-1.3-99';
      row.getCell(heading('Engagement')).value = '1.3';
      row.getCell(heading('Titre')).value = 'Planter une haie au stade';
      row.getCell(heading('Statut')).value = 'Prévue';
      row.getCell(heading('Moitié du mandat')).value = 'Seconde moitié';
      row.getCell(heading('Service pilote')).value = 'Service voirie, espaces verts et propreté';
    });
    const res = await postImport(server, edited);
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ ...zero, action: 1 });
    expect(res.body.notInFile).toEqual({ ...zero, action: 1 });
    expect(await server.store.action.get('act-002')).toBeDefined();
    const created = await server.store.action.get('act-A-1.3-99');
    expect(created).toMatchObject({ commitmentId: 'eng-1-3', status: 'planned', half: 'second', serviceId: 'svc-espaces-publics' });
    const [entry] = await server.store.history.forRecord('action', 'act-A-1.3-99');
    expect(entry).toMatchObject({ operation: 'create', source: 'import' });
  });
});
