import type { Action, Person, Service, Stored } from '../../../domain/entities/index.js';
import type { RoadmapStore } from '../../../ports/store.port.js';
import { present } from './kinds/step-render.js';

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> => new Map(records.map((r) => [r.id, r]));

/**
 * The services a person heads: those naming them as head, and, for a service head, the services of their record
 * (DESIGN §2: a service head's `serviceIds` are their services; for other roles they are mere membership).
 */
export async function headedServices(store: RoadmapStore, person: Person): Promise<Stored<Service>[]> {
  const named = await store.service.list({ headPersonId: person.id });
  const known = new Set(named.map((s) => s.id));
  const own = person.role === 'service_head' ? person.serviceIds.filter((id) => !known.has(id)) : [];
  const more = await Promise.all(own.map((id) => store.service.get(id)));
  return [...named, ...more.filter(present)];
}

/** The actions a person answers for: every action of the services they head, and the actions they own. */
export async function actionsInCharge(store: RoadmapStore, person: Person): Promise<Stored<Action>[]> {
  const services = await headedServices(store, person);
  const lists = await Promise.all([...services.map((s) => store.action.list({ serviceId: s.id })), store.action.list({ ownerPersonId: person.id })]);
  return [...byId(lists.flat()).values()];
}

/** Whether an action still needs following up (neither done nor cancelled). */
export function isActive(action: Pick<Action, 'status'>): boolean {
  return action.status !== 'done' && action.status !== 'cancelled';
}

/** The records of `ids` that `listed` lacks, read one by one (subjects answered earlier that left the list). */
export async function missingRecords<T extends { id: string }>(listed: readonly T[], ids: readonly string[], get: (id: string) => Promise<T | undefined>): Promise<T[]> {
  const known = new Set(listed.map((r) => r.id));
  const read = await Promise.all(ids.filter((id) => !known.has(id)).map(get));
  return read.filter(present);
}
