import { bindSheet } from '../../../src/app/import/read/bind-sheet.js';
import { AXIS_SHEET } from '../../../src/app/import/sheets/axis.sheet.js';
import { table } from './support/snapshot.js';

describe('recognising the headings of a sheet', () => {
  it('matches French headings (with or without the asterisk, any case or accents) and API field names', () => {
    const { sheet, issues } = bindSheet(AXIS_SHEET, table('Axes', [['Référence *', 'ORDRE', 'title', 'couleur'], ['1', 1, 'A', '#000000']]));
    expect(issues).toEqual([]);
    expect(sheet.columns.map((c) => [c.def.field, c.index, c.heading])).toEqual([
      ['reference', 0, 'Référence'],
      ['order', 1, 'ORDRE'],
      ['title', 2, 'title'],
      ['color', 3, 'couleur'],
    ]);
    expect(sheet.complete).toBe(true);
    expect(sheet.rows.map((r) => r.number)).toEqual([2]);
  });

  it('skips the grey row of API field names under the headings, and empty rows', () => {
    const { sheet } = bindSheet(
      AXIS_SHEET,
      table('Axes', [['Référence', 'Ordre', 'Titre', 'Couleur'], ['reference', 'order', 'title', 'color'], [undefined, undefined], ['1', 1, 'A', '#000000']]),
    );
    expect(sheet.rows.map((r) => r.number)).toEqual([4]);
  });

  it('keeps a first data row that merely looks like text', () => {
    const { sheet } = bindSheet(AXIS_SHEET, table('Axes', [['Référence', 'Titre'], ['reference', 'Un axe']]));
    expect(sheet.rows.map((r) => r.number)).toEqual([2]);
  });

  it('reports unknown and repeated headings at their cell, missing required columns on the heading row', () => {
    const { sheet, issues } = bindSheet(AXIS_SHEET, table('Axes', [['Référence', 'Titre', 'Teinte', 'Titre']]));
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 2, 'unknown_column'],
      [1, 3, 'duplicate_column'],
      [1, undefined, 'missing_column'],
      [1, undefined, 'missing_column'],
    ]);
    expect(issues[2]?.message.fr).toBe('Colonne obligatoire absente : « Ordre ».');
    expect(sheet.complete).toBe(false);
  });
});
