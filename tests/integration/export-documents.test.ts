import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { ImportService } from '../../src/app/import/import.service.js';
import { SHEETS } from '../../src/app/import/sheets/sheets.js';
import { personIdentity } from '../../src/app/authorization/identity.js';
import type { ChangeContext } from '../../src/domain/entities/index.js';
import { expectApiError } from '../support/api-assertions.js';
import { HOSTILE, unwritable } from '../support/hostile-strings.js';
import { AS, fakePdf, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server.js';

const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };

let server: BilanTestServer;
beforeAll(async () => {
  server = await startBilanTestServer({ pdf: fakePdf });
});
afterAll(() => server.close());

/** The text of a .docx: every w:t of word/document.xml, paragraphs on their own lines. */
async function docxText(data: Buffer): Promise<{ text: string; xml: string; media: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { text, xml, media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')) };
}

async function workbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

const importer = () => new ImportService(server.store, server.clock);
const admin = async () => personIdentity((await server.store.person.get(AS.administrator))!);

describe('the Word report', () => {
  it('opens as a .docx whose text has the cover, the figures, every axis, the gaps and the indicator annex', async () => {
    const res = await server.bytes('/exports/bilan.docx', AS.elected);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="bilan-ville-de-valmont-sur-loire-2026-11-27\.docx"/);
    const { text, xml, media } = await docxText(res.body);
    expect(text).toContain('Ville de Valmont-sur-Loire');
    expect(text).toContain('Bilan de mi-mandat');
    expect(text).toContain('Situation au 27 novembre 2026');
    expect(text).toContain('Les chiffres clés');
    for (const axis of await server.store.axis.list()) expect(text).toContain(axis.title);
    const [revised] = await server.store.commitment.list({ status: ['revised'] });
    expect(text).toContain(revised!.title);
    expect(text).toContain(revised!.gapJustification!.slice(0, 60));
    expect(text).toContain('Annexe : les indicateurs');
    for (const indicator of (await server.store.indicator.list()).slice(0, 5)) expect(text).toContain(indicator.name);
    expect(text).toContain('Aucune auto-évaluation des élus n’a encore été recueillie');
    // Charts are pictures with a text alternative.
    expect(media.length).toBeGreaterThan(0);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="[^"]+ : [^"]+"/);
    expect(xml).toContain('w:val="Heading1"');
  });
});

describe('Excel and CSV of all the data', () => {
  it('holds every record in the import template’s sheets (plus mandate and feedback) and imports back unchanged', async () => {
    const res = await server.bytes('/exports/data.xlsx');
    expect(res.status).toBe(200);
    const wb = await workbook(res.body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Instructions', ...SHEETS.map((s) => s.name), 'Mandat', 'Retours']);
    expect(wb.getWorksheet('Actions')!.getRow(3).getCell(1).value).toBeTruthy();
    const actions = wb.getWorksheet('Actions')!;
    let rows = 0;
    actions.eachRow((row, n) => {
      if (n > 2 && row.getCell(1).value) rows += 1;
    });
    expect(rows).toBe(await server.store.action.count());
    expect(wb.getWorksheet('Mandat')!.getRow(2).getCell(1).value).toBe('Ville de Valmont-sur-Loire');
    expect(wb.getWorksheet('Retours')!.actualRowCount).toBe((await server.store.feedback.count()) + 1);
    const report = await importer().importFile(await admin(), { format: 'xlsx', data: res.body }, { dryRun: true });
    expect(Object.values(report.created).every((n) => n === 0)).toBe(true);
    expect(Object.values(report.updated).every((n) => n === 0)).toBe(true);
  });

  it('writes a CSV per kind in French Excel’s dialect, which the import reads back', async () => {
    const res = await server.api('/exports/csv/axis');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = res.body as string;
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Référence *;Ordre *;Titre *;Description;Couleur *;Pondération');
    expect(lines).toHaveLength((await server.store.axis.count()) + 1);
    const sheet = SHEETS.find((s) => s.kind === 'axis')!;
    const report = await importer().importFile(await admin(), { format: 'csv', data: Buffer.from(text, 'utf8'), sheet }, { dryRun: true });
    expect(report.created.axis + report.updated.axis).toBe(0);
    // A byte-order mark, so that Excel reads the accents (fetch's text() hides it).
    const feedback = await server.bytes('/exports/csv/feedback');
    expect([...feedback.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(feedback.body.toString('utf8').split('\r\n')[0]).toBe('\uFEFFIdentifiant;Nature;Titre;Date;Synthèse;Participants;Thèmes;Engagements');
    expectApiError(await server.api('/exports/csv/nothing'), 400, 'validation_failed');
  });

  it('neutralises text that a spreadsheet would run as a formula, in every file', async () => {
    const action = (await server.store.action.get('act-003'))!;
    await server.store.action.update({ ...action, title: '=HYPERLINK("http://evil.example","x")' }, action.version, ctx);
    const wb = await workbook((await server.bytes('/exports/data.xlsx')).body);
    const cells: string[] = [];
    wb.getWorksheet('Actions')!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && cells.push(cell.value))));
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","x")');
    expect(cells.filter((c) => c.startsWith('='))).toEqual([]);
    expect((await server.api('/exports/csv/action')).body).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect((await server.api('/exports/opendata/action.csv')).body).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    await server.store.action.update({ ...action }, (await server.store.action.get('act-003'))!.version, ctx);
  });
});

describe('the public page and the open data', () => {
  it('serves the public page inline, self-contained, in French', async () => {
    const res = await server.api('/exports/public.html', { as: AS.reader });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    const html = res.body as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    expect(html).toContain('<caption>Avancement par axe du programme</caption>');
    expect(html).toContain('<th scope="col">');
    for (const axis of await server.store.axis.list()) expect(html).toContain(axis.title.replace(/'/g, '&#39;'));
  });

  it('publishes open data JSON that validates against the schema served beside it', async () => {
    const schema = await server.api('/exports/opendata.schema.json');
    expect(schema.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema.body);
    const json = await server.api('/exports/opendata.json');
    expect(json.status).toBe(200);
    expect(validate(json.body) ? [] : validate.errors).toEqual([]);
    expect(json.body.metadata).toMatchObject({ collectivity: 'Ville de Valmont-sur-Loire', asOf: '2026-11-27' });
    expect(json.body.measures).toHaveLength(await server.store.measure.count());
    expect(json.body).not.toHaveProperty('people');
  });

  it('publishes a CSV per public kind and a README, and nothing for private kinds', async () => {
    const axes = await server.api('/exports/opendata/axis.csv');
    expect((axes.body as string).split('\r\n')[0]).toBe('id,title,description,order,color');
    const readme = await server.api('/exports/opendata.readme.md');
    expect(readme.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(readme.body).toContain('# Bilan de mi-mandat — données ouvertes');
    expectApiError(await server.api('/exports/opendata/person.csv'), 400, 'validation_failed');
  });

  it('exports from a snapshot what was true when it was taken', async () => {
    const taken = await server.api('/snapshots', { method: 'POST', body: { title: 'Figé' } });
    const axis = (await server.store.axis.get('axe-1'))!;
    await server.store.axis.update({ ...axis, title: 'Titre renommé après coup' }, axis.version, ctx);
    const frozen = (await server.api(`/exports/public.html?snapshot=${taken.body.id}`)).body as string;
    const today = (await server.api('/exports/public.html')).body as string;
    expect(frozen).toContain(axis.title);
    expect(frozen).not.toContain('Titre renommé après coup');
    expect(today).toContain('Titre renommé après coup');
    const docx = await docxText((await server.bytes(`/exports/bilan.docx?snapshot=${taken.body.id}`)).body);
    expect(docx.text).toContain('Instantané « Figé »');
    const json = await server.api(`/exports/opendata.json?snapshot=${taken.body.id}`);
    expect(json.body.axes.find((a: { id: string }) => a.id === 'axe-1').title).toBe(axis.title);
    const wb = await workbook((await server.bytes(`/exports/data.xlsx?snapshot=${taken.body.id}`)).body);
    expect(wb.getWorksheet('Axes')!.getRow(3).values).toContain(axis.title);
    expectApiError(await server.api('/exports/data.xlsx?snapshot=snap-nowhere'), 404, 'not_found');
  });
});

/** The first well-formedness error of an XML text (strict XML 1.0: saxes refuses every character XML forbids), if any. */
function xmlError(xml: string): string | undefined {
  try {
    new SaxesParser({ xmlns: true }).write(xml).close();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every XML part of an OOXML package (.docx, .xlsx) that is not well-formed, with its error. */
async function malformedParts(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  expect(parts.length).toBeGreaterThan(3);
  const errors = await Promise.all(parts.map(async (f) => [f.name, xmlError(await f.async('string'))] as const));
  return errors.filter(([, error]) => error !== undefined).map(([name, error]) => `${name}: ${error}`);
}

describe('every Word and Excel file the app produces, after hostile strings were written straight into the store', () => {
  let hostile: BilanTestServer;
  /** Hostile strings the schemas refuse: as hand-edited SharePoint items or data older than the rules would hold them. */
  const UNWRITABLE = Object.values(HOSTILE).filter(unwritable);
  let snapshotId: string;

  beforeAll(async () => {
    hostile = await startBilanTestServer({ pdf: fakePdf });
    const s = hostile.store;
    const texts = Object.values(HOSTILE);
    // Each hostile string in every text field of some record of each kind, bypassing the API (and so the schemas).
    const at = <T>(list: T[], i: number): T => list[i % list.length]!;
    const [axes, commitments, actions, indicators, services, people, feedback, measures] = await Promise.all([
      s.axis.list(), s.commitment.list(), s.action.list(), s.indicator.list(), s.service.list(), s.person.list(), s.feedback.list(), s.measure.list(),
    ]);
    for (const [i, h] of texts.entries()) {
      const axis = at(axes, i);
      await s.axis.update({ ...axis, title: h, description: h }, (await s.axis.get(axis.id))!.version, ctx);
      const commitment = at(commitments, i);
      await s.commitment.update({ ...commitment, title: h, description: h, gapJustification: h }, (await s.commitment.get(commitment.id))!.version, ctx);
      const action = at(actions, i);
      await s.action.update({ ...action, title: h, description: h, blockers: h, nextSteps: h }, (await s.action.get(action.id))!.version, ctx);
      const indicator = at(indicators, i);
      await s.indicator.update({ ...indicator, name: h, description: h, unit: h, source: h }, (await s.indicator.get(indicator.id))!.version, ctx);
      const service = at(services, i);
      await s.service.update({ ...service, name: h, code: h }, (await s.service.get(service.id))!.version, ctx);
      const person = at(people, i);
      await s.person.update({ ...person, displayName: h, jobTitle: h }, (await s.person.get(person.id))!.version, ctx);
      const item = at(feedback, i);
      await s.feedback.update({ ...item, title: h, summary: h, themes: [h] }, (await s.feedback.get(item.id))!.version, ctx);
      const measure = at(measures, i);
      await s.measure.update({ ...measure, comment: h }, (await s.measure.get(measure.id))!.version, ctx);
    }
    const mandate = (await s.mandate.list())[0]!;
    await s.mandate.update({ ...mandate, collectivityName: `Valmont${UNWRITABLE.join('')}` }, mandate.version, ctx);
    const taken = await hostile.api('/snapshots', { method: 'POST', body: { title: 'Avant le conseil' } });
    expect(taken.status).toBe(201);
    snapshotId = taken.body.id as string;
  }, 60_000);
  afterAll(() => hostile.close());

  const FILES = [
    '/exports/bilan.docx',
    '/exports/data.xlsx',
    '/import/template.xlsx',
    '/import/template.xlsx?withData=true',
    'SNAPSHOT /exports/bilan.docx',
    'SNAPSHOT /exports/data.xlsx',
  ];

  it.each(FILES)('%s: every XML part is well-formed', async (file) => {
    const path = file.startsWith('SNAPSHOT ') ? `${file.slice(9)}?snapshot=${snapshotId}` : file;
    const res = await hostile.bytes(path);
    expect(res.status).toBe(200);
    expect(await malformedParts(res.body)).toEqual([]);
  });

  it('keeps what the stripped texts said: the Word report and the workbook show them without the control characters', async () => {
    const { text } = await docxText((await hostile.bytes('/exports/bilan.docx')).body);
    expect(text).toContain('Valmont');
    expect(text).toContain('titrenul');
    const wb = await workbook((await hostile.bytes('/exports/data.xlsx')).body);
    const cells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && cells.push(cell.value)))));
    expect(cells).toContain('titrenul');
    expect(cells).toContain('\'=HYPERLINK("https://evil.example")');
  });

  it.each(['/exports/csv/action', '/exports/csv/feedback', '/exports/opendata/action.csv', '/exports/opendata/feedback.csv'])('%s: no character XML forbids, formulas inert', async (path) => {
    const res = await hostile.bytes(path);
    expect(res.status).toBe(200);
    const csv = res.body.toString('utf8');
    expect(unwritable(csv)).toBe(false);
    expect(csv).toContain('titrenul');
    expect(csv).not.toMatch(/(^|[;,])"?=HYPERLINK/m);
  });
});
