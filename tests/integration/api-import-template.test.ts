import type ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { XLSX_TYPE, downloadTemplate, openWorkbook } from '../fixtures/import/workbooks.js';

const rowTexts = (sheet: ExcelJS.Worksheet, row: number): string[] => {
  const texts: string[] = [];
  sheet.getRow(row).eachCell((cell) => texts.push(cell.text));
  return texts;
};

describe('GET /api/v1/import/template.xlsx', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('downloads a workbook with instructions and one sheet per level, French headings over API field names', async () => {
    const res = await downloadTemplate(server);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?cap-mandat-modele-import\.xlsx"?$/);
    const workbook = await openWorkbook(res.data);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Instructions', 'Axes', 'Engagements', 'Actions', 'Indicateurs', 'Mesures', 'Services', 'Personnes']);
    const actions = workbook.getWorksheet('Actions')!;
    expect(rowTexts(actions, 1).slice(0, 7)).toEqual(['Référence *', 'Engagement *', 'Titre *', 'Description', 'Service pilote', 'Responsable', 'Statut *']);
    expect(rowTexts(actions, 2).slice(0, 7)).toEqual(['reference', 'commitmentId', 'title', 'description', 'serviceId', 'ownerPersonId', 'status']);
    expect(rowTexts(workbook.getWorksheet('Engagements')!, 1)[0]).toBe('Référence *');
    expect(rowTexts(workbook.getWorksheet('Personnes')!, 2)[0]).toBe('email');
    // Empty template: headings and field names only.
    expect(actions.actualRowCount).toBe(2);
  });

  it('offers drop-down lists of the French labels in choice columns, and explains every column', async () => {
    const workbook = await openWorkbook((await downloadTemplate(server)).data);
    const actions = workbook.getWorksheet('Actions')!;
    const weatherColumn = rowTexts(actions, 1).indexOf('Météo') + 1;
    const validation = actions.getCell(3, weatherColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: ['"Ensoleillé,Nuageux,Couvert,Orageux"'] });
    expect(actions.getCell(500, weatherColumn).dataValidation?.type).toBe('list');
    expect(actions.getCell(1, 1).note).toBeDefined();
    const instructions = workbook.getWorksheet('Instructions')!;
    const text: string[] = [];
    instructions.eachRow((row) => row.eachCell((cell) => text.push(cell.text)));
    const all = text.join('\n');
    expect(all).toContain('Ensoleillé · Nuageux · Couvert · Orageux');
    expect(all).toContain('jj/mm/aaaa');
    expect(all).toMatch(/clé stable/);
    expect(all).toContain('Feuille « Mesures »');
  });

  it('with withData=true, exports the roadmap in the same format: labels, references, real dates', async () => {
    const res = await downloadTemplate(server, true);
    expect(res.headers.get('content-disposition')).toMatch(/cap-mandat-feuille-de-route\.xlsx/);
    const workbook = await openWorkbook(res.data);
    const actions = workbook.getWorksheet('Actions')!;
    expect(actions.actualRowCount).toBe(2 + (await server.store.action.count()));
    const first = actions.getRow(3);
    const headings = rowTexts(actions, 1);
    const at = (heading: string) => first.getCell(headings.indexOf(heading) + 1).value;
    expect(at('Référence *')).toBe('001');
    expect(at('Engagement *')).toBe('1.1');
    expect(at('Service pilote')).toBe('BAT');
    expect(at('Responsable')).toBe('isabelle.caron@valmont-sur-loire.fr');
    expect(at('Statut *')).toBe('En cours');
    expect(at('Météo')).toBe('Couvert');
    expect(at('Début')).toEqual(new Date('2026-04-15T00:00:00.000Z'));
    expect(workbook.getWorksheet('Mesures')!.actualRowCount).toBe(2 + (await server.store.measure.count()));
  });

  it('may be downloaded by every role, and refuses unknown parameters', async () => {
    expect((await downloadTemplate(server, false, 'pers-romain-giraud')).status).toBe(200);
    const res = await fetch(`${server.url}/api/v1/import/template.xlsx?format=ods`);
    expect(res.status).toBe(400);
  });
});
