import { expectApiError, expectNothingWritten } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { XLSX_TYPE, makeWorkbook, postImport } from '../fixtures/import/workbooks.js';

const AXES = [
  ['Référence', 'Ordre', 'Titre', 'Couleur'],
  ['7', 7, 'Culture pour tous', '#1F6FEB'],
];

describe('POST /api/v1/import: HTTP rules', () => {
  let server: TestServer;
  let workbook: Buffer;
  beforeAll(async () => {
    server = await startTestServer();
    workbook = await makeWorkbook({ Axes: AXES });
  });
  afterAll(() => server.close());

  it.each([
    ['reader', 'pers-romain-giraud'],
    ['pilotage', 'pers-laurent-dufresne'],
    ['service head', 'pers-isabelle-caron'],
    ['elected official', 'pers-sophie-garnier'],
  ])('refuses the %s role with 403, before looking at the body', async (_role, as) => {
    // Not even a workbook: the refusal must come before parsing.
    const res = await expectNothingWritten(server.store, () => postImport(server, 'not a workbook', { as, type: 'application/json' }));
    expectApiError(res, 403, 'forbidden');
  });

  it('imports a workbook for the administrator', async () => {
    const res = await postImport(server, workbook);
    expect(res.status).toBe(200);
    expect(res.body.created.axis).toBe(1);
    expect(await server.store.axis.get('axe-7')).toMatchObject({ title: 'Culture pour tous', order: 7, color: '#1F6FEB' });
  });

  it('answers 415 to a body that is neither .xlsx nor CSV', async () => {
    for (const type of ['application/json', 'application/vnd.ms-excel', 'application/octet-stream']) {
      const res = await expectNothingWritten(server.store, () => postImport(server, workbook, { type }));
      expectApiError(res, 415, 'unsupported_media_type');
    }
  });

  it('answers 413 beyond 10 MB, and nothing is written', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    const res = await expectNothingWritten(server.store, () => postImport(server, big));
    expectApiError(res, 413, 'payload_too_large');
  });

  it('answers import_invalid to bytes that are not a workbook', async () => {
    const res = await postImport(server, Buffer.from('PK\u0003\u0004 broken zip'));
    expectApiError(res, 400, 'import_invalid');
    expect(res.body.error.details).toEqual([
      { path: '', code: 'unreadable_file', message: 'Le fichier n’est pas un classeur Excel (.xlsx) lisible.' },
    ]);
  });

  it('answers import_invalid to a workbook without any known sheet', async () => {
    const res = await postImport(server, await makeWorkbook({ Feuil1: [['Nom'], ['Un']] }));
    expectApiError(res, 400, 'import_invalid');
    expect(res.body.error.details[0].code).toBe('no_known_sheet');
  });

  it('refuses unknown query parameters and a CSV file without ?sheet=', async () => {
    expectApiError(await postImport(server, workbook, { query: 'force=true' }), 400, 'validation_failed');
    expectApiError(await postImport(server, 'Référence;Titre\n', { type: 'text/csv' }), 400, 'sheet_required');
    const unknownSheet = await postImport(server, 'Référence;Titre\n', { type: 'text/csv', query: 'sheet=budgets' });
    expectApiError(unknownSheet, 400, 'validation_failed');
    expect(unknownSheet.body.error.details[0].path).toBe('sheet');
  });

  it('reports headings it does not know and required columns that are missing', async () => {
    const res = await postImport(server, await makeWorkbook({ Axes: [['Référence', 'Titre', 'Teinte'], ['8', 'Sport', '#000000']] }));
    expectApiError(res, 400, 'import_invalid');
    expect(res.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['Axes!1:1', 'missing_column'],
      ['Axes!1:1', 'missing_column'],
      ['Axes!C1', 'unknown_column'],
    ]);
    expect(res.body.error.details[0].message).toBe('Colonne obligatoire absente : « Ordre ».');
  });

  it('keeps the documented error shape for the template route too', async () => {
    const res = await fetch(`${server.url}/api/v1/import/template.xlsx`, { headers: { 'X-Dev-User': 'pers-inconnu' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('does not disturb the JSON API mounted after it', async () => {
    const res = await server.api('/axes', { method: 'POST', rawBody: 'x', headers: { 'Content-Type': XLSX_TYPE } });
    expectApiError(res, 415, 'unsupported_media_type');
  });
});

describe('the import in the OpenAPI description', () => {
  it('describes both routes, the file types and the report', async () => {
    const server = await startTestServer({ seed: false });
    try {
      const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
        paths: Record<string, { post?: { requestBody: { content: Record<string, unknown> } } }>;
        components: { schemas: Record<string, unknown> };
      };
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/import', '/import/template.xlsx']));
      expect(Object.keys(doc.paths['/import']!.post!.requestBody.content)).toEqual([XLSX_TYPE, 'text/csv']);
      expect(doc.components.schemas.ImportReport).toBeDefined();
    } finally {
      await server.close();
    }
  });
});
