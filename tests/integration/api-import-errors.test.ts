import type ExcelJS from 'exceljs';
import { expectApiError, snapshot } from '../support/api-assertions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { columnOf, downloadTemplate, editWorkbook, postImport, rowWithKey } from '../fixtures/import/workbooks.js';

/** One planted error: the cell it sits in, what to put there, and the code the import must report. */
interface Planted {
  sheet: string;
  /** The row's reference, or for Mesures its row number. */
  row: string | number;
  column: string;
  value: ExcelJS.CellValue;
  code: string;
  /** The column the error is reported in, when a rule blames another cell than the one changed. */
  reportedAt?: string;
}

const PLANTED: Planted[] = [
  { sheet: 'Axes', row: '1', column: 'Couleur', value: 'vert', code: 'invalid_format' },
  { sheet: 'Engagements', row: '1.1', column: 'Axe', value: '9', code: 'unknown_reference' },
  { sheet: 'Engagements', row: '1.2', column: 'Statut', value: 'Fini', code: 'invalid_choice' },
  { sheet: 'Engagements', row: '1.3', column: 'Statut', value: 'Révisé', code: 'gapJustificationRequired', reportedAt: 'Justification de l’écart' },
  { sheet: 'Engagements', row: '1.4', column: 'Titre', value: null, code: 'required' },
  { sheet: 'Actions', row: '001', column: 'Début', value: '31/02/2027', code: 'invalid_date' },
  { sheet: 'Actions', row: '002', column: 'Avancement (%)', value: 'cent', code: 'invalid_number' },
  { sheet: 'Actions', row: '003', column: 'Avancement (%)', value: 150, code: 'too_big' },
  { sheet: 'Actions', row: '004', column: 'Météo', value: 'Pluvieux', code: 'invalid_choice' },
  { sheet: 'Actions', row: '005', column: 'Service pilote', value: 'XYZ', code: 'unknown_reference' },
  { sheet: 'Actions', row: '006', column: 'Responsable', value: 'inconnu@example.org', code: 'unknown_reference' },
  { sheet: 'Actions', row: '007', column: 'Échéance', value: new Date('2027-01-01T00:00:00Z'), code: 'dueBeforeStart' },
  // The second row with a reference is the one reported (its message names the first).
  { sheet: 'Actions', row: '010', column: 'Référence', value: '009', code: 'duplicate_key' },
  { sheet: 'Indicateurs', row: '01', column: 'Sens', value: 'Vers le haut', code: 'invalid_choice' },
  { sheet: 'Indicateurs', row: '02', column: 'Jalons', value: 'bientôt', code: 'invalid_milestones' },
  { sheet: 'Indicateurs', row: '03', column: 'Engagement', value: null, code: 'indicatorNeedsOneParent', reportedAt: 'Action' },
  { sheet: 'Mesures', row: 3, column: 'Valeur', value: 'n/a', code: 'invalid_number' },
  { sheet: 'Mesures', row: 5, column: 'Date', value: null, code: 'duplicate_key' },
  { sheet: 'Services', row: 'dgs', column: 'Service parent', value: 'DGS', code: 'serviceCycle' },
  { sheet: 'Personnes', row: 'catherine.lemoine@valmont-sur-loire.fr', column: 'Rôle', value: 'Maire', code: 'invalid_choice' },
];

const letter = (column: number): string => String.fromCharCode(64 + column);

describe('an import file with errors', () => {
  let server: TestServer;
  let planted: Buffer;
  const expected: { path: string; code: string }[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    const exported = (await downloadTemplate(server, true)).data;
    planted = await editWorkbook(exported, (wb) => {
      const row = (p: Planted) => (typeof p.row === 'number' ? wb.getWorksheet(p.sheet)!.getRow(p.row) : rowWithKey(wb, p.sheet, p.row));
      // Set-up that is not an error by itself: action 007 starts mid-2027 without a revised due date; indicator 03 loses its action too; measure 5 repeats the date of measure 4.
      const a007 = rowWithKey(wb, 'Actions', '007');
      a007.getCell(columnOf(wb, 'Actions', 'Début')).value = new Date('2027-06-01T00:00:00Z');
      a007.getCell(columnOf(wb, 'Actions', 'Échéance révisée')).value = null;
      rowWithKey(wb, 'Indicateurs', '03').getCell(columnOf(wb, 'Indicateurs', 'Action')).value = null;
      const measures = wb.getWorksheet('Mesures')!;
      const dateColumn = columnOf(wb, 'Mesures', 'Date');
      PLANTED.find((p) => p.sheet === 'Mesures' && p.column === 'Date')!.value = measures.getRow(4).getCell(dateColumn).value;
      for (const p of PLANTED) {
        const target = row(p);
        const column = columnOf(wb, p.sheet, p.column);
        target.getCell(column).value = p.value;
        const reported = p.reportedAt ? columnOf(wb, p.sheet, p.reportedAt) : column;
        expected.push({ path: `${p.sheet}!${letter(reported)}${target.number}`, code: p.code });
      }
    });
  });
  afterAll(() => server.close());

  it('reports exactly the 20 planted errors, each at its sheet, row and column, in French', async () => {
    const res = await postImport(server, planted);
    expectApiError(res, 400, 'import_invalid');
    expect(res.body.error.message).toBe('Le fichier contient 20 erreurs : rien n’a été importé.');
    const details = (res.body.error.details as { path: string; code: string }[]).map(({ path, code }) => ({ path, code }));
    expect([...details].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...expected].sort((a, b) => a.path.localeCompare(b.path)));
    expect(details).toHaveLength(20);
    const date = (res.body.error.details as { code: string; message: string }[]).find((d) => d.code === 'invalid_date')!;
    expect(date.message).toBe('« Début » : Date attendue (jj/mm/aaaa ou aaaa-mm-jj), lu « 31/02/2027 ».');
  });

  it('lists the errors in reading order: sheet by sheet, row by row', async () => {
    const res = await postImport(server, planted);
    const sheets = (res.body.error.details as { path: string }[]).map((d) => d.path.split('!')[0]);
    expect([...new Set(sheets)]).toEqual(['Axes', 'Engagements', 'Actions', 'Indicateurs', 'Mesures', 'Services', 'Personnes']);
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await postImport(server, planted, { headers: { 'Accept-Language': 'en' } });
    expect(res.body.error.message).toBe('The file has 20 errors: nothing was imported.');
    const choice = (res.body.error.details as { path: string; message: string; code: string }[]).find((d) => d.code === 'invalid_choice')!;
    expect(choice.message).toBe('"Statut": Unknown value "Fini". Allowed values: Prévu, En cours, Tenu, Révisé, Abandonné.');
  });

  it('changes nothing: counts, history and every version are as before, dry run or not', async () => {
    const versions = async () =>
      Object.fromEntries((await Promise.all((['axis', 'commitment', 'action', 'indicator', 'measure', 'service', 'person'] as const).map(async (kind) =>
        (await server.store[kind].list()).map((r) => [`${kind}/${r.id}`, r.version]),
      ))).flat());
    const before = { store: await snapshot(server.store), versions: await versions() };
    expect((await postImport(server, planted)).status).toBe(400);
    expect((await postImport(server, planted, { query: 'dryRun=true' })).status).toBe(400);
    expect({ store: await snapshot(server.store), versions: await versions() }).toEqual(before);
  });
});
