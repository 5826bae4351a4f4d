import { decodeCsv, detectDelimiter, readCsv } from '../../../src/app/import/read/read-csv.js';

const cellsOf = async (text: string | Buffer) =>
  (await readCsv(typeof text === 'string' ? Buffer.from(text) : text, 'Actions')).rows.map((r) => [r.number, r.cells]);

describe('reading a CSV file', () => {
  it('honours quotes: separators, doubled quotes and line breaks inside a cell', async () => {
    const rows = await cellsOf('Référence;Titre\r\n001;"Planter; arroser"\r\n002;"Dire ""bonjour""\nà tous"\r\n');
    expect(rows).toEqual([
      [1, ['Référence', 'Titre']],
      [2, ['001', 'Planter; arroser']],
      [3, ['002', 'Dire "bonjour"\nà tous']],
    ]);
  });

  it('keeps every cell as text: a reference 1.10 is not the number 1.1, a date is not converted', async () => {
    const rows = await cellsOf('Référence,Début\n1.10,2027-03-15\n');
    expect(rows[1]).toEqual([2, ['1.10', '2027-03-15']]);
  });

  it('reads empty cells as empty and skips blank lines', async () => {
    const rows = await cellsOf('a;b;c\n1;;3\n\n4;5;\n');
    expect(rows).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', undefined, '3']],
      [4, ['4', '5', undefined]],
    ]);
  });

  it('detects the separator from the heading line, ignoring quoted ones', () => {
    expect(detectDelimiter('Référence;Titre;Statut\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it('decodes UTF-8 with or without BOM, and Windows-1252 from older Excel', () => {
    expect(decodeCsv(Buffer.from('\uFEFFÉchéance', 'utf8'))).toBe('Échéance');
    expect(decodeCsv(Buffer.from('Échéance', 'utf8'))).toBe('Échéance');
    expect(decodeCsv(Buffer.from([0xc9, 0x63, 0x68, 0xe9, 0x61, 0x6e, 0x63, 0x65, 0x20, 0x80]))).toBe('Échéance €');
    expect(decodeCsv(Buffer.from([0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x85]))).toBe('l’œuvre…');
  });
});
