import type { Person, Role } from '../../domain/entities/index.js';

/** Who is asking: a person of the store, as the authenticator resolved them. */
export interface Identity {
  personId: string;
  displayName: string;
  role: Role;
  serviceIds: readonly string[];
}

/** The identity of a person record (the bot's recipients, the development sign-in). */
export function personIdentity(person: Pick<Person, 'id' | 'displayName' | 'role' | 'serviceIds'>): Identity {
  return { personId: person.id, displayName: person.displayName, role: person.role, serviceIds: person.serviceIds };
}
