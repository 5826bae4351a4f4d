import { columnLetter, issuePath, sortIssues } from '../../../src/app/import/import-issue.js';

describe('locating a problem as Excel names places', () => {
  it('letters columns like Excel', () => {
    expect([0, 5, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('names a cell, a row, a sheet or the file', () => {
    expect(issuePath({ sheet: 'Actions', row: 12, column: 5 })).toBe('Actions!F12');
    expect(issuePath({ sheet: 'Actions', row: 1 })).toBe('Actions!1:1');
    expect(issuePath({ sheet: 'Indicateurs' })).toBe('Indicateurs');
    expect(issuePath({})).toBe('');
    expect(issuePath({ sheet: "Mes actions d'été", row: 2, column: 0 })).toBe("'Mes actions d''été'!A2");
  });

  it('orders problems sheet by sheet, then row by row, then left to right', () => {
    const message = { fr: '', en: '' };
    const sorted = sortIssues(
      [
        { sheet: 'Actions', row: 3, column: 2, code: 'c', message },
        { sheet: 'Axes', row: 9, column: 0, code: 'b', message },
        { sheet: 'Actions', row: 3, column: 0, code: 'a', message },
        { code: 'file', message },
      ],
      ['Axes', 'Actions'],
    );
    expect(sorted.map((i) => i.code)).toEqual(['file', 'b', 'a', 'c']);
  });
});
