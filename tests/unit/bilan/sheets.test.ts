import { EXCEL_FR, OPEN_DATA, writeCsv } from '../../../src/app/export/csv.js';
import { neutraliseFormula as neutraliseText, safeCell as neutraliseCell } from '../../../src/app/export/output-text.js';
import { dataTable } from '../../../src/app/bilan/sheets/data-tables.js';
import { fixtureRecords } from './bilan-fixture.js';

describe('formula injection', () => {
  it.each(['=1+1', '+33 6 12', '-2+3', '@SUM(A1)', '\tTab', '\rRetour'])('neutralises %j with an apostrophe', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, numbers and dates alone (a negative number is not a formula)', () => {
    expect(neutraliseText('Rénover = mieux')).toBe('Rénover = mieux');
    expect(neutraliseCell(-5)).toBe(-5);
    const date = new Date('2029-01-01T00:00:00Z');
    expect(neutraliseCell(date)).toBe(date);
  });
});

describe('CSV writing', () => {
  it('quotes separators, quotes and line breaks, and ends lines with CRLF', () => {
    expect(writeCsv(['a', 'b'], [['x;y', 'il a dit "oui"'], ['ligne\nsuite', 3]], EXCEL_FR)).toBe('\uFEFFa;b\r\n"x;y";"il a dit ""oui"""\r\n"ligne\nsuite";3\r\n');
    expect(writeCsv(['a'], [['x,y'], [null]], OPEN_DATA)).toBe('a\r\n"x,y"\r\n\r\n');
  });

  it('neutralises text cells and writes dates as ISO dates', () => {
    expect(writeCsv(['t', 'd'], [['=HYPERLINK("http://x")', new Date('2029-03-22T00:00:00Z')]], OPEN_DATA)).toBe('t,d\r\n"\'=HYPERLINK(""http://x"")",2029-03-22\r\n');
  });

  it('neutralises the data tables of every kind, texts only', () => {
    const records = fixtureRecords();
    records.action[0] = { ...records.action[0]!, title: '=cmd|calc', progress: 60 };
    records.feedback[0] = { ...records.feedback[0]!, summary: '@danger' };
    const actions = dataTable(records, 'action');
    const row = actions.rows.find((r) => r.includes("'=cmd|calc"));
    expect(row).toBeDefined();
    expect(row).toContain(60);
    expect(dataTable(records, 'feedback').rows[0]).toContain("'@danger");
  });
});
