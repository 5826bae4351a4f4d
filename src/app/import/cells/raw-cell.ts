import type { CellValue } from 'exceljs';

/** A cell as the import reads it: text, number, date, or an error Excel shows in the cell; undefined when empty. */
export type RawCell = string | number | boolean | Date | { error: string } | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reduces what exceljs reads to plain values: formulas give their result, rich text and hyperlinks their text
 * (Excel turns a typed e-mail address into a hyperlink), blank text counts as empty.
 */
export function toRawCell(value: CellValue): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (!isObject(value)) return undefined;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText))
    return toRawCell((value.richText as { text: string }[]).map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return toRawCell((value.result ?? null) as CellValue);
  if ('text' in value) return toRawCell(value.text as CellValue);
  return undefined;
}

/** The text of a cell as a person reads it (numbers in plain notation, dates in ISO form). */
export function cellText(cell: RawCell): string | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.error;
}
