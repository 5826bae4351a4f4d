import { badRequest, invalidRequest } from '../http/graph-error.js';
import type { ColumnDef } from '../store/column.model.js';
import type { ItemState } from '../store/list.model.js';
import type { BoundProperty, ValueKind } from './typed-values.js';

function systemValue(column: ColumnDef, item: ItemState): string | number | boolean | undefined {
  switch (column.name) {
    case 'ID': return item.id;
    case 'Created': return item.created.toISOString();
    case 'Modified': return item.modified.toISOString();
    case 'Author': return item.createdBy.lookupId;
    case 'Editor': return item.modifiedBy.lookupId;
    case 'ContentType': return 'Item';
    case 'Attachments': return false;
    default: return undefined;
  }
}

function kindOf(column: ColumnDef): ValueKind | undefined {
  const t = column.type;
  switch (t.kind) {
    case 'text': case 'choice': return 'text';
    case 'number': return 'number';
    case 'dateTime': return 'dateTime';
    case 'boolean': return 'boolean';
    case 'hyperlinkOrPicture': return undefined;
    case 'system':
      return t.facet === 'personOrGroup' ? 'number' : t.facet === 'contentType' ? 'text' : t.facet;
  }
}

/**
 * Resolves "fields/<Column>" for $filter and $orderby. A column that is not indexed answers SharePoint's 400 unless
 * the request carries Prefer: HonorNonIndexedQueriesWarningMayFailRandomly.
 */
export function itemPropertyBinder(columns: ColumnDef[], honorNonIndexed: boolean): (path: string) => BoundProperty<ItemState> {
  return (path) => {
    if (!path.startsWith('fields/')) throw badRequest(`Invalid filter clause: '${path}' cannot be used on list items; use fields/<column name>.`);
    const name = path.slice('fields/'.length);
    const column = columns.find((c) => c.name === name);
    if (!column) throw invalidRequest(`Field '${name}' is not recognized`);
    const kind = kindOf(column);
    if (!kind) throw invalidRequest(`Field '${name}' cannot be referenced in filter or orderby.`);
    if (!column.indexed && column.name !== 'ID' && !honorNonIndexed) {
      throw invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    return {
      kind,
      read: (item) => (column.type.kind === 'system' ? systemValue(column, item) : item.fields.get(column.name)),
    };
  };
}

/** True when the Prefer header (possibly a list of preferences) asks to allow non-indexed queries. */
export function honorsNonIndexed(preferHeader: string | undefined): boolean {
  return (preferHeader ?? '').split(',').some((pref) => pref.trim().toLowerCase() === 'honornonindexedquerieswarningmayfailrandomly');
}
