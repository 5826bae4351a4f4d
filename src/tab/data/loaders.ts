import type { ApiClient } from '../api/api-client';
import type { Dashboard, DevIdentity, Me, Roadmap } from '../api/read-models';
import type { ListResponse, Person, Service } from '../api/records';
import type { Loader } from './query-cache';

/** A read model revalidated with its ETag: an unchanged roadmap costs a 304, not 4 MB. */
export function revalidated<T>(client: ApiClient, path: string): Loader<T> {
  return async (previous, signal) => {
    const res = await client.get<T>(path, { signal, ifNoneMatch: previous?.etag });
    return res.notModified ? { notModified: true } : { data: res.data as T, etag: res.etag };
  };
}

/** The items of a collection (all of them: services and people are a few hundred at most). */
export function allOf<T>(client: ApiClient, collection: string): Loader<T[]> {
  return async (_previous, signal) => {
    const res = await client.get<ListResponse<T>>(`/${collection}?limit=5000`, { signal });
    return { data: res.data?.items ?? [] };
  };
}

/** The loaders of the shared queries, by cache key; hooks and the start-up prefetch use the same ones. */
export function sharedLoaders(client: ApiClient) {
  return {
    roadmap: revalidated<Roadmap>(client, '/roadmap'),
    dashboard: revalidated<Dashboard>(client, '/dashboard'),
    services: allOf<Service>(client, 'services'),
    people: allOf<Person>(client, 'people'),
    me: (async (_previous, signal) => ({ data: (await client.get<Me>('/me', { signal })).data as Me })) as Loader<Me>,
    devIdentities: (async (_previous, signal) => {
      const res = await client.get<{ items: DevIdentity[] }>('/dev/identities', { signal });
      return { data: res.data?.items ?? [] };
    }) as Loader<DevIdentity[]>,
  };
}
