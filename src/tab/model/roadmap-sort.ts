import { ACTION_STATUSES, WEATHERS } from '../api/enums';
import type { IndexedAction } from './roadmap-index';

export const SORT_KEYS = ['title', 'axis', 'service', 'owner', 'status', 'weather', 'progress', 'due'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

type Names = { service(id: string | undefined): string | undefined; person(id: string | undefined): string | undefined };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const textCompare = (a: string | undefined, b: string | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b);
const numberCompare = (a: number | undefined, b: number | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b;

function comparator(key: SortKey, names: Names): (x: IndexedAction, y: IndexedAction) => number {
  switch (key) {
    case 'title':
      return (x, y) => textCompare(x.action.title, y.action.title);
    case 'axis':
      return (x, y) => x.axis.order - y.axis.order || textCompare(x.commitment.reference, y.commitment.reference);
    case 'service':
      return (x, y) => textCompare(names.service(x.action.serviceId), names.service(y.action.serviceId));
    case 'owner':
      return (x, y) => textCompare(names.person(x.action.ownerPersonId), names.person(y.action.ownerPersonId));
    case 'status':
      return (x, y) => ACTION_STATUSES.indexOf(x.action.status) - ACTION_STATUSES.indexOf(y.action.status);
    case 'weather':
      // Worst first when ascending: the meeting's eye goes to the storms.
      return (x, y) => numberCompare(x.action.weather && -WEATHERS.indexOf(x.action.weather), y.action.weather && -WEATHERS.indexOf(y.action.weather));
    case 'progress':
      return (x, y) => numberCompare(x.action.progress, y.action.progress);
    case 'due':
      return (x, y) => textCompare(x.action.effectiveDueDate, y.action.effectiveDueDate);
  }
}

/** Sorts a copy of the actions (missing values last when ascending), ties by id so the order is stable. */
export function sortActions(items: readonly IndexedAction[], sort: Sort, names: Names): IndexedAction[] {
  const compare = comparator(sort.key, names);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...items].sort((x, y) => sign * compare(x, y) || textCompare(x.action.id, y.action.id));
}
