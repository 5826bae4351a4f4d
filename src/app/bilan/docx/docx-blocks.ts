import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { PNG } from 'pngjs';

/** What a section of the report is made of. */
export type Block = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const HEADER_FILL = 'DCE4F0';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA8BC' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borderless = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

/** A heading of level 1 to 3 (Word's built-in heading styles, so the navigation pane and a table of contents work). */
export const heading = (text: string, level: 1 | 2 | 3 = 1, pageBreakBefore = false): Paragraph =>
  new Paragraph({ text, heading: HEADINGS[level - 1], pageBreakBefore, keepNext: true });

/** A paragraph of plain text, or of runs. */
export const para = (content: string | ParagraphChild[], options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph =>
  new Paragraph({
    spacing: { after: 120 },
    children: typeof content === 'string' ? [new TextRun({ text: content, ...options })] : content,
  });

/** Paragraphs for a multi-line text. */
export const paragraphsOf = (text: string): Paragraph[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line));

/** A bulleted item. */
export const bullet = (text: string): Paragraph => new Paragraph({ text, bullet: { level: 0 } });

const cell = (text: string, options: { header?: boolean; width?: number } = {}): TableCell =>
  new TableCell({
    borders: BORDERS,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.header, size: 18 })] })],
  });

/** A table with a repeated heading row; `widths` in percent of the page width. */
export function dataTable(headings: readonly string[], rows: readonly string[][], widths?: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, { header: true, width: widths?.[i] })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { width: widths?.[i] })) })),
    ],
  });
}

const swatches = new Map<string, Buffer>();
/** A one-pixel PNG of a colour, stretched into a bar by Word: charts that render the same in Word and LibreOffice. */
function swatch(hex: string): Buffer {
  const known = swatches.get(hex);
  if (known) return known;
  const png = new PNG({ width: 1, height: 1 });
  png.data[0] = parseInt(hex.slice(0, 2), 16);
  png.data[1] = parseInt(hex.slice(2, 4), 16);
  png.data[2] = parseInt(hex.slice(4, 6), 16);
  png.data[3] = 255;
  const buffer = PNG.sync.write(png);
  swatches.set(hex, buffer);
  return buffer;
}

/** One bar of a chart: its label, its value on the chart's scale, the figure written beside it. */
export interface BarItem {
  label: string;
  value: number;
  shown: string;
  /** Hexadecimal colour without '#'. */
  color?: string;
}

const BAR_MAX_PX = 260;
/** The chart's columns in twips: A4 less Word's default margins leaves 9 026 twips; the bar column holds 260 px. */
const CHART_COLUMNS = [3430, 4242, 1354] as const;
const BAR_HEIGHT_PX = 14;

/** A horizontal bar chart as a three-column table (label, bar, figure); `max` is the value of a full bar. */
export function barChart(title: string, items: readonly BarItem[], max: number): Block[] {
  const rows = items.map((item) => {
    const width = max > 0 ? Math.round((Math.max(0, Math.min(item.value, max)) / max) * BAR_MAX_PX) : 0;
    const image =
      width > 0
        ? [
            new ImageRun({
              type: 'png',
              data: swatch(item.color ?? '1F4E8C'),
              transformation: { width, height: BAR_HEIGHT_PX },
              altText: { name: item.label, title: item.label, description: `${item.label} : ${item.shown}` },
            }),
          ]
        : [];
    const text = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, size: 18, bold })] });
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ borders: borderless, width: { size: CHART_COLUMNS[0], type: WidthType.DXA }, children: [text(item.label)] }),
        new TableCell({ borders: borderless, width: { size: CHART_COLUMNS[1], type: WidthType.DXA }, children: [new Paragraph({ children: image })] }),
        new TableCell({ borders: borderless, width: { size: CHART_COLUMNS[2], type: WidthType.DXA }, children: [text(item.shown, true)] }),
      ],
    });
  });
  if (rows.length === 0) return [para(title, { bold: true }), para('Aucune donnée.', { italics: true })];
  return [para(title, { bold: true }), new Table({ width: { size: 9026, type: WidthType.DXA }, columnWidths: [...CHART_COLUMNS], layout: TableLayoutType.FIXED, rows })];
}
