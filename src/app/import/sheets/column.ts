import type { ChoiceList } from '../cells/choices.js';
import type { ImportKind } from '../import-kinds.js';

/** Kinds a cell can point at by reference. */
export type RefKind = Exclude<ImportKind, 'measure'>;

/** What a column holds, which says how its cells are read and written. */
export type CellType =
  | { type: 'text' }
  | { type: 'number' }
  | { type: 'date' }
  | { type: 'choice'; choices: ChoiceList }
  | { type: 'ref'; kind: RefKind }
  | { type: 'refList'; kind: RefKind }
  | { type: 'milestones' };

/** One column of a sheet of the programme workbook. */
export interface Column {
  /** The API field name, shown under the French heading. */
  field: string;
  /** The French heading. */
  header: string;
  cell: CellType;
  required?: boolean;
  /** The sheet's stable key: it identifies the record a row stands for. */
  key?: boolean;
  /** False for a key that is not a field of the record (the record's id derives from it). */
  stored?: boolean;
  /** An empty cell keeps the record's current value (instead of clearing it); a new record takes `defaultForNew`. */
  emptyKeeps?: boolean;
  defaultForNew?: string;
  /** French explanation, for the Instructions sheet and the heading's note. */
  help: string;
  width?: number;
}

/** One sheet of the programme workbook: one kind of record. */
export interface SheetDef {
  kind: ImportKind;
  /** The French sheet name (also accepted, with the aliases, as `?sheet=` for a CSV file). */
  name: string;
  aliases: readonly string[];
  /** What a row is, in French, for the Instructions sheet. */
  intro: string;
  columns: readonly Column[];
}

export const text = { type: 'text' } as const;
export const num = { type: 'number' } as const;
export const date = { type: 'date' } as const;
export const choice = (choices: ChoiceList): CellType => ({ type: 'choice', choices });
export const ref = (kind: RefKind): CellType => ({ type: 'ref', kind });

/** The key column of a sheet whose key is not a field of the record (axes, actions, indicators, services). */
export const referenceColumn = (example: string, what: string): Column => ({
  field: 'reference',
  header: 'Référence',
  cell: text,
  required: true,
  key: true,
  stored: false,
  help: `Clé stable de ${what}, par exemple « ${example} » : ne la changez plus après le premier import, c’est elle qui permet de mettre à jour au lieu de dupliquer. Lettres sans accent, chiffres, . - _ :`,
  width: 14,
});
