import { cellText, toRawCell } from '../../../src/app/import/cells/raw-cell.js';

describe('reading what exceljs gives for a cell', () => {
  it('takes the text of hyperlinks (Excel links typed e-mail addresses) and of rich text', () => {
    expect(toRawCell({ text: 'paul.martin@ville.fr', hyperlink: 'mailto:paul.martin@ville.fr' })).toBe('paul.martin@ville.fr');
    expect(toRawCell({ richText: [{ text: 'Planter ' }, { text: 'des arbres', font: { bold: true } }] })).toBe('Planter des arbres');
  });

  it('takes the result of formulas, and keeps Excel errors as errors', () => {
    expect(toRawCell({ formula: 'A1*2', result: 42 })).toBe(42);
    expect(toRawCell({ formula: 'A1', result: undefined })).toBeUndefined();
    expect(toRawCell({ error: '#REF!' })).toEqual({ error: '#REF!' });
  });

  it('counts blank text as empty, and shows values as text', () => {
    expect(toRawCell('   ')).toBeUndefined();
    expect(toRawCell(null)).toBeUndefined();
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(new Date('2027-03-15T00:00:00Z'))).toBe('2027-03-15');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
