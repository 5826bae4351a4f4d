import type { EntityKind } from '../api/enums';
import type { PublicKind } from '../api/bilan';

/** One file the API exports: where to ask for it and the name it is saved under. */
export interface ExportFile {
  path: string;
  fileName: string;
}

/** The exports of the bilan, named after the date of the figures (the snapshot's, or today). */
export const exportFiles = {
  word: (asOf: string): ExportFile => ({ path: '/bilan.docx', fileName: `bilan-mi-mandat-${asOf}.docx` }),
  publicHtml: (asOf: string): ExportFile => ({ path: '/public.html', fileName: `bilan-public-${asOf}.html` }),
  publicPdf: (asOf: string): ExportFile => ({ path: '/public.pdf', fileName: `bilan-public-${asOf}.pdf` }),
  excel: (asOf: string): ExportFile => ({ path: '/data.xlsx', fileName: `donnees-${asOf}.xlsx` }),
  csv: (kind: EntityKind, asOf: string): ExportFile => ({ path: `/csv/${kind}`, fileName: `${kind}-${asOf}.csv` }),
  openDataJson: (asOf: string): ExportFile => ({ path: '/opendata.json', fileName: `opendata-${asOf}.json` }),
  openDataCsv: (kind: PublicKind, asOf: string): ExportFile => ({ path: `/opendata/${kind}.csv`, fileName: `opendata-${kind}-${asOf}.csv` }),
  schema: (): ExportFile => ({ path: '/opendata.schema.json', fileName: 'opendata.schema.json' }),
} as const;
