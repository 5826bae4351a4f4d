import type { EntityKind } from '../../domain/entities/index.js';
import { repositoryOf, type EntityFilters, type RoadmapStore } from '../../ports/store.port.js';

/** A field of a record that points at another record. */
export interface Reference {
  field: string;
  kind: EntityKind;
  many?: boolean;
}

/** Which fields of each kind point where: checked on every write so that no record points at nothing. */
export const REFERENCES: { [K in EntityKind]: readonly Reference[] } = {
  mandate: [],
  axis: [],
  commitment: [
    { field: 'axisId', kind: 'axis' },
    { field: 'leadPersonId', kind: 'person' },
  ],
  action: [
    { field: 'commitmentId', kind: 'commitment' },
    { field: 'serviceId', kind: 'service' },
    { field: 'ownerPersonId', kind: 'person' },
  ],
  indicator: [
    { field: 'actionId', kind: 'action' },
    { field: 'commitmentId', kind: 'commitment' },
    { field: 'serviceId', kind: 'service' },
  ],
  measure: [{ field: 'indicatorId', kind: 'indicator' }],
  service: [
    { field: 'parentId', kind: 'service' },
    { field: 'headPersonId', kind: 'person' },
  ],
  person: [{ field: 'serviceIds', kind: 'service', many: true }],
  feedback: [{ field: 'commitmentIds', kind: 'commitment', many: true }],
};

/** A query for the records of one kind that point at a given record. */
interface DependentQuery {
  kind: EntityKind;
  count(store: RoadmapStore, id: string): Promise<number>;
}

const dependents = <K extends EntityKind>(kind: K, filter: (id: string) => EntityFilters[K]): DependentQuery => ({
  kind,
  count: async (store, id) => (await repositoryOf(store, kind).list(filter(id))).length,
});

/** Records that must go before a record of each kind can be deleted. */
export const DEPENDENTS: { [K in EntityKind]: readonly DependentQuery[] } = {
  mandate: [],
  axis: [dependents('commitment', (axisId) => ({ axisId }))],
  commitment: [
    dependents('action', (id) => ({ commitmentIds: [id] })),
    dependents('indicator', (commitmentId) => ({ commitmentId })),
    dependents('feedback', (commitmentId) => ({ commitmentId })),
  ],
  action: [dependents('indicator', (actionId) => ({ actionId }))],
  indicator: [dependents('measure', (indicatorId) => ({ indicatorId }))],
  measure: [],
  service: [
    dependents('service', (parentId) => ({ parentId })),
    dependents('action', (serviceId) => ({ serviceId })),
    dependents('indicator', (serviceId) => ({ serviceId })),
    dependents('person', (serviceId) => ({ serviceId })),
  ],
  person: [
    dependents('commitment', (leadPersonId) => ({ leadPersonId })),
    dependents('action', (ownerPersonId) => ({ ownerPersonId })),
    dependents('service', (headPersonId) => ({ headPersonId })),
  ],
  feedback: [],
};
