import type { Person, Service } from '../entities/index.js';
import type { Audience } from './audience.schema.js';

/** The people an audience designates, and the gaps to report instead of skipping them silently. */
export interface ResolvedAudience {
  /** Person ids, each once, in the order of the audience. */
  personIds: string[];
  /** Chosen services that have no head (nobody to send to). */
  servicesWithoutHead: string[];
  /** Chosen services or people that do not exist. */
  unknownIds: string[];
}

/** Turns an audience into recipients, reporting services without a head and unknown ids. */
export function resolveAudience(
  audience: Audience,
  directory: { services: readonly Service[]; people: readonly Person[] },
): ResolvedAudience {
  const result: ResolvedAudience = { personIds: [], servicesWithoutHead: [], unknownIds: [] };
  const people = new Map(directory.people.map((p) => [p.id, p]));
  const add = (id: string): void => {
    if (!result.personIds.includes(id)) result.personIds.push(id);
  };
  if (audience.kind === 'elected_officials') {
    directory.people.filter((p) => p.role === 'elected').forEach((p) => add(p.id));
  } else if (audience.kind === 'people') {
    audience.personIds.forEach((id) => (people.has(id) ? add(id) : result.unknownIds.push(id)));
  } else {
    const services = new Map(directory.services.map((s) => [s.id, s]));
    for (const id of audience.serviceIds) {
      const service = services.get(id);
      if (!service) result.unknownIds.push(id);
      else if (!service.headPersonId || !people.has(service.headPersonId)) result.servicesWithoutHead.push(id);
      else add(service.headPersonId);
    }
  }
  return result;
}
