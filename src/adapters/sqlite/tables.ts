import type { EntityKind } from '../../domain/entities/index.js';
import type { EntityFilters } from '../../ports/store.port.js';

/** A SQL condition with its parameters. */
export interface Condition {
  sql: string;
  params: unknown[];
}

/** How one kind of record maps onto its table. */
export interface TableDef<K extends EntityKind> {
  table: string;
  orderBy: string;
  /** JSON fields that text search looks into. */
  searchFields: readonly string[];
  where(filter: EntityFilters[K]): Condition[];
}

const eq = (column: string, value: string | undefined): Condition[] =>
  value === undefined ? [] : [{ sql: `${column} = ?`, params: [value] }];

const inList = (column: string, values: readonly string[] | undefined): Condition[] =>
  values === undefined ? [] : [{ sql: `${column} IN (${values.map(() => '?').join(', ') || 'NULL'})`, params: [...values] }];

const containsValue = (jsonPath: string, value: string | undefined): Condition[] =>
  value === undefined
    ? []
    : [{ sql: `EXISTS (SELECT 1 FROM json_each(data, '${jsonPath}') WHERE value = ?)`, params: [value] }];

/** The table of every kind, with its filters in SQL. */
export const TABLES: { [K in EntityKind]: TableDef<K> } = {
  mandate: { table: 'mandate', orderBy: 'rowid', searchFields: [], where: () => [] },
  axis: { table: 'axes', orderBy: 'sort_order, rowid', searchFields: ['title', 'description'], where: () => [] },
  commitment: {
    table: 'commitments',
    orderBy: 'rowid',
    searchFields: ['reference', 'title', 'description', 'gapJustification'],
    where: (f) => [...eq('axis_id', f.axisId), ...eq('lead_person_id', f.leadPersonId), ...inList('status', f.status)],
  },
  action: {
    table: 'actions',
    orderBy: 'rowid',
    searchFields: ['title', 'description', 'blockers', 'nextSteps'],
    where: (f) => [
      ...inList('commitment_id', f.commitmentIds),
      ...eq('service_id', f.serviceId),
      ...eq('owner_person_id', f.ownerPersonId),
      ...inList('status', f.status),
      ...inList('weather', f.weather),
    ],
  },
  indicator: {
    table: 'indicators',
    orderBy: 'rowid',
    searchFields: ['name', 'description', 'source'],
    where: (f) => [...eq('action_id', f.actionId), ...eq('commitment_id', f.commitmentId), ...eq('service_id', f.serviceId)],
  },
  measure: {
    table: 'measures',
    orderBy: 'indicator_id, date, rowid',
    searchFields: [],
    where: (f) => [
      ...eq('indicator_id', f.indicatorId),
      ...(f.from === undefined ? [] : [{ sql: 'date >= ?', params: [f.from] }]),
      ...(f.to === undefined ? [] : [{ sql: 'date <= ?', params: [f.to] }]),
    ],
  },
  service: {
    table: 'services',
    orderBy: 'rowid',
    searchFields: ['name', 'code'],
    where: (f) => [...eq('parent_id', f.parentId), ...eq('head_person_id', f.headPersonId)],
  },
  person: {
    table: 'people',
    orderBy: 'rowid',
    searchFields: ['displayName', 'email', 'jobTitle'],
    where: (f) => [
      ...inList('role', f.role),
      ...eq('entra_object_id', f.entraObjectId),
      ...containsValue('$.serviceIds', f.serviceId),
    ],
  },
  feedback: {
    table: 'feedback',
    orderBy: 'rowid',
    searchFields: ['title', 'summary'],
    where: (f) => containsValue('$.commitmentIds', f.commitmentId),
  },
};
