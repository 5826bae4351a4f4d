import { startTestServer, type TestServer } from '../support/test-server.js';
import { postImport } from '../fixtures/import/workbooks.js';

// As French Excel saves "CSV (séparateur : point-virgule)": semicolons, decimal commas, dd/mm/yyyy, CRLF between rows,
// quotes around cells holding a separator, a quote or a line break (LF inside a cell).
const ACTIONS_CSV = [
  'Référence;Engagement;Titre;Statut;Moitié du mandat;Service pilote;Début;Échéance;Avancement (%);Budget prévu (€);Moyens humains (ETP);Points de blocage',
  'A-1.3-50;1.3;"Planter 500 arbres; quartier Nord";En cours;Première moitié;VEP;15/03/2027;2027-11-30;40;"12 500,50";0,5;"Livraison ""tardive""\ndes plants"',
  '001;1.1;Audit énergétique des neuf groupes scolaires;Terminée;Première moitié;BAT;15/04/2026;30/09/2026;100;68000;0,5;',
].join('\r\n');

describe('CSV import of actions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('reads a French Excel CSV: separators, decimal commas, dates, quoted cells, and updates by reference', async () => {
    const res = await postImport(server, ACTIONS_CSV, { type: 'text/csv; charset=utf-8', query: 'sheet=actions' });
    expect(res.status).toBe(200);
    expect(res.body.created.action).toBe(1);
    expect(res.body.updated.action).toBe(1);
    // One sheet in the file: only its kind can have records "not in the file".
    expect(res.body.notInFile).toMatchObject({ action: 103, axis: 0, measure: 0 });
    expect(await server.store.action.get('act-A-1.3-50')).toMatchObject({
      commitmentId: 'eng-1-3',
      title: 'Planter 500 arbres; quartier Nord',
      status: 'in_progress',
      serviceId: 'svc-espaces-publics',
      startDate: '2027-03-15',
      dueDate: '2027-11-30',
      progress: 40,
      budgetPlanned: 12500.5,
      staffing: 0.5,
      blockers: 'Livraison "tardive"\ndes plants',
    });
    const updated = await server.store.action.get('act-001');
    expect(updated).toMatchObject({ status: 'done', progress: 100 });
    // Columns left out of the CSV keep their values; an empty cell of a present column clears it.
    expect(updated?.nextSteps).toBeDefined();
    expect(updated?.blockers).toBeUndefined();
    const [entry] = await server.store.history.forRecord('action', 'act-001');
    expect(entry?.source).toBe('import');
  });

  it('reads Windows-1252 files (French Excel\'s default "CSV" format) and comma-separated ones', async () => {
    const latin1 = Buffer.from('Référence,Ordre,Titre,Couleur\r\n9,9,Égalité et accessibilité,#37474F\r\n', 'latin1');
    const res = await postImport(server, latin1, { type: 'text/csv', query: 'sheet=Axes' });
    expect(res.status).toBe(200);
    expect(await server.store.axis.get('axe-9')).toMatchObject({ title: 'Égalité et accessibilité', order: 9 });
  });

  it('locates CSV errors by line and column as Excel would show them', async () => {
    const csv = 'Référence;Engagement;Titre;Statut;Moitié du mandat\n002;1.1;Titre;En cours;Première moitié\n003;9.9;Titre;Peut-être;Première moitié\n';
    const res = await postImport(server, csv, { type: 'text/csv', query: 'sheet=actions&dryRun=true' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['Actions!B3', 'Actions!D3']);
  });
});
