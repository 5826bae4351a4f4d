import type { EntityKind, EntityMap } from '../../../domain/entities/index.js';
import { foldText } from '../../../domain/rules/text.js';
import type { EntityFilters } from '../../../ports/store.port.js';
import { textOf } from '../schema/field-mapping.js';

type Predicate<T> = (record: T) => boolean;
type Rec = Record<string, unknown>;

/** How one kind is listed from the replica: the same filters, search fields and order as the SQLite store. */
interface KindQuery<K extends EntityKind> {
  searchFields: readonly string[];
  where(filter: EntityFilters[K]): Predicate<Rec>[];
  /** Extra order over creation order (a stable sort keeps creation order among equals). */
  compare?: (a: Rec, b: Rec) => number;
}

const eq = (field: string, value: string | undefined): Predicate<Rec>[] => (value === undefined ? [] : [(r) => r[field] === value]);
const inList = (field: string, values: readonly string[] | undefined): Predicate<Rec>[] =>
  values === undefined ? [] : [(r) => values.includes(textOf(r[field]))];
const contains = (field: string, value: string | undefined): Predicate<Rec>[] =>
  value === undefined ? [] : [(r) => Array.isArray(r[field]) && (r[field] as unknown[]).includes(value)];
const byText = (a: unknown, b: unknown): number => textOf(a).localeCompare(textOf(b), 'en');

const QUERIES: { [K in EntityKind]: KindQuery<K> } = {
  mandate: { searchFields: [], where: () => [] },
  axis: { searchFields: ['title', 'description'], where: () => [], compare: (a, b) => Number(a.order) - Number(b.order) },
  commitment: {
    searchFields: ['reference', 'title', 'description', 'gapJustification'],
    where: (f) => [...eq('axisId', f.axisId), ...eq('leadPersonId', f.leadPersonId), ...inList('status', f.status)],
  },
  action: {
    searchFields: ['title', 'description', 'blockers', 'nextSteps'],
    where: (f) => [
      ...inList('commitmentId', f.commitmentIds),
      ...eq('serviceId', f.serviceId),
      ...eq('ownerPersonId', f.ownerPersonId),
      ...inList('status', f.status),
      ...inList('weather', f.weather),
    ],
  },
  indicator: {
    searchFields: ['name', 'description', 'source'],
    where: (f) => [...eq('actionId', f.actionId), ...eq('commitmentId', f.commitmentId), ...eq('serviceId', f.serviceId)],
  },
  measure: {
    searchFields: [],
    where: (f) => [
      ...eq('indicatorId', f.indicatorId),
      ...(f.from === undefined ? [] : [(r: Rec) => textOf(r.date) >= f.from!]),
      ...(f.to === undefined ? [] : [(r: Rec) => textOf(r.date) <= f.to!]),
    ],
    compare: (a, b) => byText(a.indicatorId, b.indicatorId) || byText(a.date, b.date),
  },
  service: { searchFields: ['name', 'code'], where: (f) => [...eq('parentId', f.parentId), ...eq('headPersonId', f.headPersonId)] },
  person: {
    searchFields: ['displayName', 'email', 'jobTitle'],
    where: (f) => [...inList('role', f.role), ...eq('entraObjectId', f.entraObjectId), ...contains('serviceIds', f.serviceId)],
  },
  feedback: { searchFields: ['title', 'summary'], where: (f) => contains('commitmentIds', f.commitmentId) },
};

/** Filters, searches (accents and case folded, like SQLite) and orders records of `kind` held in memory. */
export function queryRecords<K extends EntityKind, T extends EntityMap[K]>(kind: K, records: readonly T[], filter?: EntityFilters[K]): T[] {
  const query = QUERIES[kind] as KindQuery<K>;
  const predicates = filter ? query.where(filter) : [];
  const q = (filter as { q?: string } | undefined)?.q?.trim();
  if (q && query.searchFields.length > 0) {
    const needle = foldText(q);
    predicates.push((r) => foldText(query.searchFields.map((f) => (typeof r[f] === 'string' ? r[f] : '')).join(' ')).includes(needle));
  }
  const selected = predicates.length ? records.filter((r) => predicates.every((p) => p(r as unknown as Rec))) : [...records];
  return query.compare ? selected.sort((a, b) => query.compare!(a, b)) : selected;
}
