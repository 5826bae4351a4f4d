import type { ColumnDef, ListDef } from '../schema/column-types.js';

/** The Graph columnDefinition of one of our columns (`POST …/lists/{id}/columns` or inline at list creation). */
export function columnDefinition(column: ColumnDef): Record<string, unknown> {
  const common = {
    name: column.name,
    displayName: column.displayName,
    ...(column.description ? { description: column.description } : {}),
    required: column.required === true,
    // SharePoint refuses unique values on a column that is not indexed.
    indexed: column.indexed === true || column.unique === true,
    enforceUniqueValues: column.unique === true,
    hidden: column.hidden === true,
  };
  switch (column.type) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: column.maxLength ?? 255 } };
    case 'note':
    case 'json':
      return { ...common, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...common, number: { decimalPlaces: 'automatic' } };
    case 'integer':
      return { ...common, number: { decimalPlaces: 'none' } };
    case 'choice':
      return { ...common, choice: { choices: Object.values(column.choices ?? {}), allowTextEntry: false, displayAs: 'dropDownMenu' } };
  }
}

/** The columns provisioning creates: all but the built-in Title. */
export const createdColumns = (def: ListDef): ColumnDef[] => def.columns.filter((c) => c.name !== 'Title');

/** The body of `POST /sites/{site}/lists` for one of our lists. */
export function listCreation(def: ListDef): Record<string, unknown> {
  return {
    displayName: def.displayName,
    description: def.description,
    columns: createdColumns(def).map(columnDefinition),
    list: { template: 'genericList' },
  };
}
