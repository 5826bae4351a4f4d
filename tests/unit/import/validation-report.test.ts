import type { RawCell } from '../../../src/app/import/cells/raw-cell.js';
import { issuePath, sortIssues, type ImportIssue } from '../../../src/app/import/import-issue.js';
import { bindSheet } from '../../../src/app/import/read/bind-sheet.js';
import { buildRecords } from '../../../src/app/import/resolve/build-records.js';
import { Directory } from '../../../src/app/import/resolve/directory.js';
import { identifyRows } from '../../../src/app/import/resolve/identify-rows.js';
import { ACTION_SHEET } from '../../../src/app/import/sheets/action.sheet.js';
import { MEASURE_SHEET } from '../../../src/app/import/sheets/measure.sheet.js';
import type { SheetDef } from '../../../src/app/import/sheets/column.js';
import { PROGRAMME, makeSnapshot, table } from './support/snapshot.js';

const INDICATOR = {
  id: 'ind-01',
  actionId: 'act-001',
  name: 'Arbres plantés',
  unit: 'arbres',
  direction: 'increase' as const,
  baselineValue: 0,
  baselineDate: '2026-03-22',
  targetValue: 10_000,
  targetDate: '2032-03-21',
  milestones: [],
  frequency: 'quarterly' as const,
};

const HEADINGS = ['Référence', 'Engagement', 'Titre', 'Statut', 'Moitié du mandat', 'Début', 'Échéance', 'Avancement (%)', 'Service pilote'];

/** Reads one sheet against the small stored programme: what it builds and what it reports, located. */
function read(def: SheetDef, title: string, rows: RawCell[][]) {
  const dir = new Directory(makeSnapshot({ ...PROGRAMME, indicator: [INDICATOR] }));
  const { sheet, issues } = bindSheet(def, table(title, rows));
  const identified = identifyRows(sheet, dir);
  const built = buildRecords(sheet, identified.rows, dir);
  const all: ImportIssue[] = [...issues, ...identified.issues, ...built.issues];
  return { built: built.built, issues: sortIssues(all, [title]).map((i) => [issuePath(i), i.code, i.message.fr]) };
}

describe('the validation report of a sheet', () => {
  it('builds valid rows into records, stored ones keeping the fields the sheet leaves out', () => {
    const { built, issues } = read(ACTION_SHEET, 'Actions', [
      HEADINGS,
      ['001', '1.3', 'Planter 500 arbres', 'En cours', 'Première moitié', '15/03/2027', new Date('2027-11-30T00:00:00Z'), '40', 'VEP'],
      ['A-2', '1.3', 'Arroser', 'Prévue', 'Seconde moitié', undefined, undefined, undefined, undefined],
    ]);
    expect(issues).toEqual([]);
    expect(built.map((b) => [b.record.id, b.existing?.id])).toEqual([
      ['act-001', 'act-001'],
      ['act-A-2', undefined],
    ]);
    expect(built[0]?.record).toMatchObject({ status: 'in_progress', startDate: '2027-03-15', dueDate: '2027-11-30', progress: 40, serviceId: 'svc-espaces-publics' });
  });

  it('locates every problem at its sheet, row (as Excel numbers it) and column, prefixed by the heading', () => {
    const { built, issues } = read(ACTION_SHEET, 'Actions', [
      HEADINGS,
      ['001', '9.9', 'Planter', 'Plantée', 'Première moitié', '31/02/2027', undefined, '140', 'XYZ'],
      [undefined, '1.3', 'Arroser', 'Prévue', 'Seconde moitié', '01/06/2027', '01/01/2027', undefined, undefined],
      ['A-4', '1.3', undefined, 'Prévue', 'Seconde moitié'],
    ]);
    expect(built).toEqual([]);
    expect(issues).toEqual([
      ['Actions!B2', 'unknown_reference', '« Engagement » : « 9.9 » ne désigne aucun(e) engagement, ni dans le fichier ni dans Cap Mandat.'],
      ['Actions!D2', 'invalid_choice', '« Statut » : Valeur non reconnue « Plantée ». Valeurs possibles : Prévue, En cours, Bloquée, Terminée, Annulée.'],
      ['Actions!F2', 'invalid_date', '« Début » : Date attendue (jj/mm/aaaa ou aaaa-mm-jj), lu « 31/02/2027 ».'],
      ['Actions!H2', 'too_big', expect.stringMatching(/^« Avancement \(%\) » : /)],
      ['Actions!I2', 'unknown_reference', '« Service pilote » : « XYZ » ne désigne aucun(e) service, ni dans le fichier ni dans Cap Mandat.'],
      ['Actions!A3', 'required', '« Référence » : Cette cellule est obligatoire.'],
      ['Actions!G3', 'dueBeforeStart', '« Échéance » : L’échéance ne peut pas précéder la date de début.'],
      ['Actions!C4', 'required', '« Titre » : Cette cellule est obligatoire.'],
    ]);
  });

  it('reports a repeated reference on the later row, naming the earlier one', () => {
    const { issues } = read(ACTION_SHEET, 'Actions', [
      HEADINGS,
      ['A-2', '1.3', 'Un', 'Prévue', 'Première moitié'],
      ['A-2', '1.3', 'Deux', 'Prévue', 'Première moitié'],
    ]);
    expect(issues).toEqual([['Actions!A3', 'duplicate_key', '« Référence » : « A-2 » figure déjà ligne 2 : une ligne par enregistrement.']]);
  });

  it('reports a missing key column once, not once per row', () => {
    const { issues } = read(ACTION_SHEET, 'Actions', [HEADINGS.slice(1), ['1.3', 'Un', 'Prévue', 'Première moitié'], ['1.3', 'Deux', 'Prévue', 'Première moitié']]);
    expect(issues).toEqual([['Actions!1:1', 'missing_column', 'Colonne obligatoire absente : « Référence ».']]);
  });

  it('refuses references that cannot make an id', () => {
    const { issues } = read(ACTION_SHEET, 'Actions', [HEADINGS, ['action n°2', '1.3', 'Un', 'Prévue', 'Première moitié']]);
    expect(issues.map((i) => [i[0], i[1]])).toEqual([['Actions!A2', 'invalid_reference']]);
  });

  it('identifies measures by indicator and date: the same pair twice is reported on the date', () => {
    const { built, issues } = read(MEASURE_SHEET, 'Mesures', [
      ['Indicateur', 'Date', 'Valeur'],
      ['01', '01/01/2027', 3],
      ['01', '2027-01-01', 4],
      ['01', '2027-02-01', '4,5'],
      ['02', '2027-02-01', 1],
    ]);
    expect(issues).toEqual([
      ['Mesures!B3', 'duplicate_key', '« Date » : « 2027-01-01 » figure déjà ligne 2 : une ligne par enregistrement.'],
      ['Mesures!A5', 'unknown_reference', '« Indicateur » : « 02 » ne désigne aucun(e) indicateur, ni dans le fichier ni dans Cap Mandat.'],
    ]);
    // Without an Origine column, a new measure comes from the import.
    expect(built.map((b) => b.record)).toEqual([
      { id: 'mes-ind-01-2027-01-01', indicatorId: 'ind-01', date: '2027-01-01', value: 3, source: 'import' },
      { id: 'mes-ind-01-2027-02-01', indicatorId: 'ind-01', date: '2027-02-01', value: 4.5, source: 'import' },
    ]);
  });
});
