import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildBilan } from '../../../src/app/bilan/build-bilan.js';
import { openDataCsv } from '../../../src/app/bilan/opendata/opendata.js';
import { buildPublicBilan } from '../../../src/app/bilan/public/public-bilan.js';
import { buildDataWorkbook } from '../../../src/app/bilan/sheets/data-workbook.js';
import { dataTable } from '../../../src/app/bilan/sheets/data-tables.js';
import { recipientsCsv, type RecipientRow } from '../../../src/app/campaigns/recipients.js';
import { EXCEL_FR, OPEN_DATA, writeCsv } from '../../../src/app/export/csv.js';
import { neutraliseFormula, safeCell, writableData } from '../../../src/app/export/output-text.js';
import { writeWorkbook } from '../../../src/app/export/workbook-writer.js';
import { fixtureRecords, fixtureSet } from '../bilan/bilan-fixture.js';

/** Every start of a cell that a spreadsheet may run as a formula, full-width twins included. */
const PREFIXES = { equals: '=', plus: '+', minus: '-', at: '@', tab: '\t', carriageReturn: '\r', lineFeed: '\n', fullWidthEquals: '＝', fullWidthPlus: '＋', fullWidthMinus: '－', fullWidthAt: '＠' };
const CASES = Object.entries(PREFIXES).map(([name, prefix]) => [name, `${prefix}HYPERLINK("https://evil.example")`] as const);

/** The cells of one CSV line (quoted cells unquoted), for the dialect's separator. */
function csvCells(line: string, separator: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      current += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) {
      cells.push(current);
      current = '';
    } else current += c;
  }
  return [...cells, current];
}
/** Every cell of a CSV file, header included (lines split on CRLF outside quotes). */
const allCells = (csv: string, separator: string): string[] => csv.replace(/^\uFEFF/, '').split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).flatMap((line) => csvCells(line, separator));

const recipient = (displayName: string): RecipientRow => ({ deliveryId: 'd1', personId: 'p1', displayName, services: [], state: 'sent', late: false, attempts: 1, lastError: displayName });

describe.each(CASES)('a text starting with %s', (_name, text) => {
  const inert = `'${text}`;

  it('is made inert by the one neutraliser, after its control characters are stripped', () => {
    expect(neutraliseFormula(text)).toBe(inert);
    expect(safeCell(text)).toBe(inert);
    expect(safeCell(`\u0001\u0000${text}`)).toBe(inert);
  });

  it('is inert in both CSV dialects', () => {
    expect(allCells(writeCsv(['t'], [[text]], EXCEL_FR), ';')).toEqual(['t', inert, '']);
    expect(allCells(writeCsv(['t'], [[text]], OPEN_DATA), ',')).toEqual(['t', inert, '']);
  });

  it('is inert in the campaign recipients’ CSV', () => {
    const cells = allCells(recipientsCsv([recipient(text)]), ';');
    expect(cells.filter((c) => c.includes('HYPERLINK'))).toEqual([inert, inert]);
  });

  it('is inert in the bilan’s CSV and in the open data CSV', () => {
    const records = fixtureRecords();
    records.action[0] = { ...records.action[0]!, title: text };
    const table = dataTable(records, 'action');
    expect(allCells(writeCsv(table.headers, table.rows, EXCEL_FR), ';')).toContain(inert);
    const set = fixtureSet();
    set.records.action[0] = { ...set.records.action[0]!, title: text };
    const pub = buildPublicBilan(buildBilan(set, { kind: 'today' }), set, '2029-03-22T10:00:00.000Z');
    expect(allCells(openDataCsv(pub, 'action'), ',')).toContain(inert);
  });

  it('is inert in the Excel data workbook', async () => {
    const records = fixtureRecords();
    records.action[0] = { ...records.action[0]!, title: text };
    records.feedback[0] = { ...records.feedback[0]!, summary: text };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildDataWorkbook(records)) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value)))));
    // XML reads a raw carriage return back as a line feed (end-of-line handling): the apostrophe is what counts.
    const read = inert.replace(/\r/g, '\n');
    expect(texts.filter((t) => t.includes('HYPERLINK'))).toEqual([read, read]);
  });
});

describe('texts the writers cannot carry', () => {
  it('are stripped from plain data, deep, leaving other values alone', () => {
    const date = new Date('2029-01-01T00:00:00Z');
    expect(writableData({ a: ['x\u0000y', { b: 'z\uFFFE' }], n: 3, d: date, u: undefined })).toEqual({ a: ['xy', { b: 'z' }], n: 3, d: date, u: undefined });
  });

  it('are stripped from every text cell of a workbook before it is written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['a\u0001b', 5, 'c\u001Fd\uFFFF']);
    const zip = await JSZip.loadAsync(await writeWorkbook(wb));
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(parts.join('')).not.toMatch(/[\u0001\u001F\uFFFF]|_x00(01|1F)_/);
    expect(parts.join('')).toContain('ab');
  });
});
