import type { EntityKind } from '../../domain/entities/index.js';
import { slug } from '../import/resolve/record-ids.js';
import type { Clock } from '../../ports/clock.port.js';
import { PdfPrinterUnavailableError, type PdfRenderer } from '../../ports/pdf.port.js';
import { PdfUnavailableError } from './bilan-errors.js';
import type { CallerView } from '../authorization/read-view.js';
import { demand } from '../authorization/policy.js';
import { buildBilan } from './build-bilan.js';
import { buildWordReport } from './docx/word-report.js';
import { openDataCsv, openDataJson } from './opendata/opendata.js';
import { openDataReadme, openDataSchema } from './opendata/opendata-schema.js';
import { buildIndicatorAnnex, buildPublicBilan, type PublicBilan } from './public/public-bilan.js';
import { publicRecords, type PublicKind } from './public/public-fields.js';
import { renderPublicHtml } from './public/public-html.js';
import type { MeasureScope, RecordSet } from './record-set.js';
import type { RecordSetLoader } from './record-set.loader.js';
import { writeCsv, EXCEL_FR } from '../export/csv.js';
import { dataTable } from './sheets/data-tables.js';
import { buildDataWorkbook } from './sheets/data-workbook.js';

/** A file to download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
} as const;

/** Which records an export reads: today's or a snapshot's. */
export interface ExportSource {
  snapshotId?: string;
}

/** The name of a file: what it is, the collectivity and the date of the data. */
function fileName(what: string, set: RecordSet, extension: string): string {
  const name = set.records.mandate[0]?.collectivityName;
  return `${[what, name ? slug(name).toLowerCase() : undefined, set.asOf].filter(Boolean).join('-')}.${extension}`;
}

/**
 * Every export of the bilan, each from today or from a snapshot (`snapshotId`), from records the loader redacted. The
 * public ones (page, PDF, open data) are for everyone and never show what a reader may not see; the others carry
 * internal fields and need the policy's `internal.read`.
 */
export class ExportService {
  constructor(
    private readonly loader: RecordSetLoader,
    private readonly clock: Clock,
    private readonly pdf: PdfRenderer,
  ) {}

  /** The Word report for the municipal council (internal: budgets, the two views, 1,607 h). */
  async wordReport(view: CallerView, from: ExportSource): Promise<ExportFile> {
    demand(view.who, 'internal.read');
    const { set, source } = await this.loader.load(view, from.snapshotId, 'latest');
    const bilan = buildBilan(set, source);
    const body = await buildWordReport({ bilan, indicators: buildIndicatorAnnex(publicRecords(set.records), set.asOf), generatedAt: this.clock.now() });
    return { fileName: fileName('bilan', set, 'docx'), contentType: CONTENT_TYPES.docx, body };
  }

  /** The public page (self-contained HTML). */
  async publicHtml(from: ExportSource): Promise<ExportFile> {
    const { set, bilan } = await this.publicBilan(from, 'latest');
    return { fileName: fileName('bilan-public', set, 'html'), contentType: CONTENT_TYPES.html, body: renderPublicHtml(bilan) };
  }

  /** The public page printed to PDF by Chromium; PdfUnavailableError when Chromium is missing. */
  async publicPdf(from: ExportSource): Promise<ExportFile> {
    const { set, bilan } = await this.publicBilan(from, 'latest');
    return { fileName: fileName('bilan-public', set, 'pdf'), contentType: CONTENT_TYPES.pdf, body: await this.printed(renderPublicHtml(bilan)) };
  }

  /** The printer's own failure becomes the bilan's (503 pdf_unavailable, with what to tell the person). */
  private async printed(html: string): Promise<Buffer> {
    try {
      return await this.pdf.render(html);
    } catch (error) {
      throw error instanceof PdfPrinterUnavailableError ? new PdfUnavailableError(error.message) : error;
    }
  }

  /** Excel of all the data, importable back (internal). */
  async dataWorkbook(view: CallerView, from: ExportSource): Promise<ExportFile> {
    demand(view.who, 'internal.read');
    const { set } = await this.loader.load(view, from.snapshotId, 'all');
    return { fileName: fileName('donnees', set, 'xlsx'), contentType: CONTENT_TYPES.xlsx, body: await buildDataWorkbook(set.records) };
  }

  /** CSV of all the records of one kind (French Excel dialect, the import's columns; internal). */
  async csv(view: CallerView, kind: EntityKind, from: ExportSource): Promise<ExportFile> {
    demand(view.who, 'internal.read');
    const { set } = await this.loader.load(view, from.snapshotId, kind === 'measure' ? 'all' : 'latest');
    const table = dataTable(set.records, kind);
    return { fileName: fileName(kind, set, 'csv'), contentType: CONTENT_TYPES.csv, body: writeCsv(table.headers, table.rows, EXCEL_FR) };
  }

  /** The open data JSON (public part only). */
  async openDataJson(from: ExportSource): Promise<ExportFile> {
    const { set, bilan } = await this.publicBilan(from, 'all');
    return { fileName: fileName('opendata', set, 'json'), contentType: CONTENT_TYPES.json, body: JSON.stringify(openDataJson(bilan), null, 1) };
  }

  /** The open data CSV of one public kind. */
  async openDataCsv(kind: PublicKind, from: ExportSource): Promise<ExportFile> {
    const { set, bilan } = await this.publicBilan(from, kind === 'measure' ? 'all' : 'latest');
    return { fileName: fileName(`opendata-${kind}`, set, 'csv'), contentType: CONTENT_TYPES.csv, body: openDataCsv(bilan, kind) };
  }

  /** The JSON Schema of the open data. */
  openDataSchema(): ExportFile {
    return { fileName: 'opendata.schema.json', contentType: CONTENT_TYPES.schema, body: JSON.stringify(openDataSchema(), null, 2) };
  }

  /** The description of the open data files (Markdown, French). */
  openDataReadme(): ExportFile {
    return { fileName: 'opendata-LISEZMOI.md', contentType: CONTENT_TYPES.markdown, body: openDataReadme() };
  }

  /** The public outputs' records: redacted as for an audience without `internal.read`, then cut to the public fields. */
  private async publicBilan(from: ExportSource, measures: MeasureScope): Promise<{ set: RecordSet; bilan: PublicBilan }> {
    const { set, source } = await this.loader.loadPublished(from.snapshotId, measures);
    return { set, bilan: buildPublicBilan(buildBilan(set, source), set, this.clock.now()) };
  }
}
