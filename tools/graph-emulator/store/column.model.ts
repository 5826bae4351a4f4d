/** In-memory model of a SharePoint list column (Graph columnDefinition). */

export type ColumnType =
  | { kind: 'text'; allowMultipleLines: boolean; maxLength: number; textType: string }
  | { kind: 'number'; minimum?: number; maximum?: number; decimalPlaces: string; displayAs: string }
  | { kind: 'dateTime'; format: 'dateOnly' | 'dateTime'; displayAs: string }
  | { kind: 'choice'; choices: string[]; allowTextEntry: boolean; displayAs: string }
  | { kind: 'boolean' }
  | { kind: 'hyperlinkOrPicture'; isPicture: boolean }
  /** Built-in, read-only columns (ID, Created, Author…). */
  | { kind: 'system'; facet: 'number' | 'dateTime' | 'personOrGroup' | 'text' | 'boolean' | 'contentType' };

export interface ColumnDef {
  id: string;
  name: string;
  displayName: string;
  description: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Built-in columns of a genericList (Title, ID, Created…). */
  builtIn: boolean;
  /** Graph `defaultValue.value`, applied when a new item leaves the field out. */
  defaultValue?: string;
  type: ColumnType;
}

/** Value stored for a field: what Graph returns once normalised. */
export type FieldValue = string | number | boolean;

export const TYPE_FACETS = ['text', 'number', 'dateTime', 'choice', 'boolean', 'hyperlinkOrPicture', 'lookup', 'personOrGroup', 'currency', 'calculated', 'geolocation', 'term', 'thumbnail', 'contentApprovalStatus'] as const;

/** Columns every genericList has; ID is always filterable (it is the primary key). */
export function builtInColumns(newId: () => string): ColumnDef[] {
  const base = { description: '', required: false, indexed: false, enforceUniqueValues: false, hidden: false, readOnly: true, builtIn: true };
  return [
    { ...base, id: newId(), name: 'Title', displayName: 'Title', required: true, readOnly: false, type: { kind: 'text', allowMultipleLines: false, maxLength: 255, textType: 'plain' } },
    { ...base, id: newId(), name: 'ID', displayName: 'ID', indexed: true, type: { kind: 'system', facet: 'number' } },
    { ...base, id: newId(), name: 'ContentType', displayName: 'Content Type', type: { kind: 'system', facet: 'contentType' } },
    { ...base, id: newId(), name: 'Created', displayName: 'Created', type: { kind: 'system', facet: 'dateTime' } },
    { ...base, id: newId(), name: 'Modified', displayName: 'Modified', type: { kind: 'system', facet: 'dateTime' } },
    { ...base, id: newId(), name: 'Author', displayName: 'Created By', type: { kind: 'system', facet: 'personOrGroup' } },
    { ...base, id: newId(), name: 'Editor', displayName: 'Modified By', type: { kind: 'system', facet: 'personOrGroup' } },
    { ...base, id: newId(), name: 'Attachments', displayName: 'Attachments', type: { kind: 'system', facet: 'boolean' } },
  ];
}
