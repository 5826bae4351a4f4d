import type { ApiContextValue } from '../data/api-context';
import { keys } from '../data/query-keys';
import type { RouteName } from '../router/routes';

const NEEDS_ROADMAP = new Set<RouteName>(['roadmap', 'action', 'commitments', 'indicators', 'indicator', 'meeting', 'secondHalf']);

/** Starts the first page's API calls while its code is still downloading (the roadmap alone is ~4 MB at metropole scale). */
export function prefetchFor(route: RouteName, { cache, loaders }: ApiContextValue): void {
  cache.prefetch(keys.me, loaders.me);
  if (route === 'dashboard') cache.prefetch(keys.dashboard, loaders.dashboard);
  if (NEEDS_ROADMAP.has(route)) cache.prefetch(keys.roadmap, loaders.roadmap);
  cache.prefetch(keys.services, loaders.services);
  cache.prefetch(keys.people, loaders.people);
}
