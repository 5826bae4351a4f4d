import type { Role } from '../../domain/entities/index.js';

/** Who is asking: a person of the store, as the authenticator resolved them. */
export interface Identity {
  personId: string;
  displayName: string;
  role: Role;
  serviceIds: readonly string[];
}
