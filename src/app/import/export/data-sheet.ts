import type ExcelJS from 'exceljs';
import { choiceLabels } from '../cells/choices.js';
import type { Column, SheetDef } from '../sheets/column.js';

/** Rows below the data that still get the drop-down lists, so that people can add lines. */
const SPARE_ROWS = 1000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const KEY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF833C0B' } };

/** The heading a column shows: required columns carry an asterisk (the import accepts headings with or without it). */
export const headingOf = (column: Column): string => (column.required ? `${column.header} *` : column.header);

// exceljs 4.4 keeps range validations on the worksheet but leaves the property out of its typings.
type WithRangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function validationFor(column: Column): ExcelJS.DataValidation | undefined {
  if (column.cell.type === 'choice')
    return {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${choiceLabels(column.cell.choices).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: `Choisissez une valeur de la liste : ${choiceLabels(column.cell.choices).join(', ')}.`,
    };
  if (column.field === 'progress')
    return { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true, errorTitle: column.header, error: 'Un nombre entier de 0 à 100.' };
  return undefined;
}

/** Adds one sheet of the programme: French headings (with notes), the API field names in grey, formats, drop-down lists, rows. */
export function addDataSheet(workbook: ExcelJS.Workbook, def: SheetDef, rows: readonly ExcelJS.CellValue[][]): void {
  const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  sheet.columns = def.columns.map((c) => ({ key: c.field, width: c.width ?? 16 }));
  const header = sheet.getRow(1);
  const fields = sheet.getRow(2);
  def.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headingOf(column);
    cell.note = column.help;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = column.key ? KEY_FILL : HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    const field = fields.getCell(index + 1);
    field.value = column.field;
    field.font = { italic: true, size: 9, color: { argb: 'FF595959' } };
    // Text columns stay text: a reference typed as 1.10 must not become the number 1.1.
    if (column.cell.type === 'date') sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy';
    else if (column.cell.type !== 'number') sheet.getColumn(index + 1).numFmt = '@';
  });
  header.height = 32;
  rows.forEach((values) => sheet.addRow(values));
  const last = 2 + rows.length + SPARE_ROWS;
  def.columns.forEach((column, index) => {
    const validation = validationFor(column);
    const letter = sheet.getColumn(index + 1).letter;
    if (validation) (sheet as unknown as WithRangeValidations).dataValidations.add(`${letter}3:${letter}${last}`, validation);
  });
}
