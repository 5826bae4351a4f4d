import type { ItemState, ListState } from '../store/list.model.js';
import { compileFilter } from './filter-eval.js';
import { honorsNonIndexed, itemPropertyBinder } from './item-binding.js';
import { assertUnderListViewThreshold } from './list-view-threshold.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { ItemQuery } from './query-options.js';
import { comparable, compareScalars, type BoundProperty, type Scalar } from './typed-values.js';

export interface ItemPage {
  items: ItemState[];
  /** Present when more items follow. */
  nextSkipToken?: string;
}

/**
 * Filters, sorts (then by ID) and pages a list's items the way SharePoint answers an items query, refusing what the
 * list view threshold refuses once every column named is known to be usable.
 */
export function queryItems(list: ListState, query: ItemQuery, preferHeader: string | undefined, pageSize: number, threshold: number): ItemPage {
  const bind = itemPropertyBinder(list.columns, honorsNonIndexed(preferHeader));
  const predicate = query.filter ? compileFilter(query.filter, bind) : () => true;
  const sortKeys = query.orderBy.map((key) => ({ property: bind(key.path), descending: key.descending }));
  assertUnderListViewThreshold(list, query.filter, query.orderBy.map((key) => key.path), bind, threshold);
  const keysOf = (item: ItemState): Array<Scalar | null> =>
    sortKeys.map(({ property }) => comparable(property.kind, property.read(item)) ?? null);
  const compare = (a: Array<Scalar | null>, aId: number, b: Array<Scalar | null>, bId: number): number => {
    for (let i = 0; i < sortKeys.length; i++) {
      const { property, descending } = sortKeys[i] as { property: BoundProperty<ItemState>; descending: boolean };
      const order = compareScalars(property.kind, a[i] ?? undefined, b[i] ?? undefined);
      if (order !== 0) return descending ? -order : order;
    }
    return aId - bId;
  };
  const matching = [...list.items.values()].filter(predicate).map((item) => ({ item, keys: keysOf(item) }));
  matching.sort((x, y) => compare(x.keys, x.item.id, y.keys, y.item.id));
  const cursor = query.skipToken ? decodeCursor(query.skipToken) : undefined;
  const start = cursor ? matching.findIndex((entry) => compare(entry.keys, entry.item.id, cursor.keys, cursor.id) > 0) : 0;
  const size = query.top ?? pageSize;
  const from = start < 0 ? matching.length : start;
  const page = matching.slice(from, from + size);
  const last = page[page.length - 1];
  const hasMore = from + size < matching.length;
  return { items: page.map((entry) => entry.item), nextSkipToken: hasMore && last ? encodeCursor({ keys: last.keys, id: last.item.id }) : undefined };
}
