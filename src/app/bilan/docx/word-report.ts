import { Document, Footer, AlignmentType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { writableData } from '../../export/output-text.js';
import type { BilanDto } from '../bilan-api.types.js';
import type { PublicIndicator } from '../public/public-bilan.js';
import { axisSection, cover, gapsSection, headline, indicatorAnnex, viewsSection, voiceSection, workingTimeSection } from './report-sections.js';

/** What the Word report is made from. */
export interface WordReportInput {
  bilan: BilanDto;
  indicators: readonly PublicIndicator[];
  generatedAt: string;
}

const pageFooter = (title: string): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${title} — page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
      }),
    ],
  });

/** The bilan de mi-mandat for the municipal council, as a .docx file (in French). */
export async function buildWordReport(input: WordReportInput): Promise<Buffer> {
  // Texts stored before the schemas refused control characters, or edited by hand in SharePoint, would make the XML malformed.
  const { bilan, indicators, generatedAt } = writableData(input);
  const title = bilan.mandate ? `Bilan de mi-mandat — ${bilan.mandate.collectivityName}` : 'Bilan de mi-mandat';
  const doc = new Document({
    creator: 'Cap Mandat',
    title,
    description: `Bilan de mi-mandat au ${bilan.asOf}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: 'fr-FR' } } } } },
    sections: [
      { children: cover(bilan, generatedAt) },
      {
        footers: { default: pageFooter(title) },
        children: [
          ...headline(bilan),
          ...bilan.axes.flatMap((axis, index) => axisSection(axis, index)),
          ...viewsSection(bilan),
          ...gapsSection(bilan),
          ...voiceSection(bilan),
          ...workingTimeSection(bilan),
          ...indicatorAnnex(indicators),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
