import type { DevIdentity, Me } from '../../api/read-models';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** Who the API attributes requests to, with their role and services. */
export function useMe(): QueryResult<Me> {
  return useQuery<Me>(keys.me, useApi().loaders.me);
}

/** The demo identities a development server offers (only asked for in development mode). */
export function useDevIdentities(enabled: boolean): QueryResult<DevIdentity[]> {
  return useQuery<DevIdentity[]>(enabled ? keys.devIdentities : null, useApi().loaders.devIdentities);
}
