import { personIdentity as toIdentity } from '../../app/authorization/identity.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { AuthRequest, Authenticator } from './authenticator.js';

/** Header and query parameter that pick the demo identity in development mode. */
export const DEV_USER_HEADER = 'x-dev-user';
export const DEV_USER_QUERY = 'as';

/**
 * Development authentication: the caller names a person of the store (header `X-Dev-User` or `?as=`);
 * without one, the configured default user or else the first administrator. Only composed when AUTH_MODE=dev,
 * which the configuration refuses in production.
 */
export function devAuthenticator(store: RoadmapStore, defaultUser?: string): Authenticator {
  return {
    mode: 'dev',
    async authenticate(request: AuthRequest) {
      const header = request.headers[DEV_USER_HEADER];
      const query = request.query[DEV_USER_QUERY];
      const chosen = (Array.isArray(header) ? header[0] : header) ?? (typeof query === 'string' ? query : undefined);
      const id = chosen ?? defaultUser;
      if (id !== undefined) {
        const person = await store.person.get(id);
        return person ? toIdentity(person) : undefined;
      }
      const [admin] = await store.person.list({ role: ['administrator'] });
      return admin ? toIdentity(admin) : undefined;
    },
  };
}
