import type { Identity } from '../../app/authorization/identity.js';

/** What an authenticator may look at. */
export interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
}

/** Attributes a request to a person; undefined when it cannot (the API then answers 401). */
export interface Authenticator {
  readonly mode: 'dev' | 'entra';
  authenticate(request: AuthRequest): Promise<Identity | undefined>;
}
