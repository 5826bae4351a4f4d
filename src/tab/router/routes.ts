/** The pages of the tab and their parameters. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'roadmap' }
  | { name: 'action'; id: string }
  | { name: 'commitments' }
  | { name: 'indicators' }
  | { name: 'indicator'; id: string }
  | { name: 'meeting' }
  | { name: 'campaigns' }
  | { name: 'newCampaign' }
  | { name: 'campaign'; id: string }
  | { name: 'proposals' }
  | { name: 'bilan' }
  | { name: 'snapshots' }
  | { name: 'secondHalf' }
  | { name: 'feedback' }
  | { name: 'admin' }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

/** A location inside the tab: the hash path and its query (`#/roadmap?late=1`). */
export interface Location {
  path: string;
  query: URLSearchParams;
}

/** Splits a hash (`#/roadmap?late=1`) into path and query. */
export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

// Generated campaign ids start with `cmp-`: this word never collides with one.
const NEW_CAMPAIGN = 'nouvelle';

/** The route of a path. */
export function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'dashboard' };
  if (parts.length === 1) {
    if (first === 'roadmap') return { name: 'roadmap' };
    if (first === 'commitments') return { name: 'commitments' };
    if (first === 'indicators') return { name: 'indicators' };
    if (first === 'meeting') return { name: 'meeting' };
    if (first === 'admin') return { name: 'admin' };
    if (first === 'campagnes') return { name: 'campaigns' };
    if (first === 'remontees') return { name: 'proposals' };
    if (first === 'bilan') return { name: 'bilan' };
    if (first === 'retours') return { name: 'feedback' };
  }
  if (parts.length === 2 && second) {
    if (first === 'actions') return { name: 'action', id: decode(second) };
    if (first === 'indicators') return { name: 'indicator', id: decode(second) };
    if (first === 'campagnes') return second === NEW_CAMPAIGN ? { name: 'newCampaign' } : { name: 'campaign', id: decode(second) };
    if (first === 'bilan' && second === 'instantanes') return { name: 'snapshots' };
    if (first === 'bilan' && second === 'seconde-moitie') return { name: 'secondHalf' };
  }
  return { name: 'notFound', path };
}

/** The hash href of a path and query. */
export function hrefOf(path: string, query?: URLSearchParams | Record<string, string | undefined>): string {
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

export const paths = {
  dashboard: '/',
  roadmap: '/roadmap',
  action: (id: string) => `/actions/${encodeURIComponent(id)}`,
  commitments: '/commitments',
  indicators: '/indicators',
  indicator: (id: string) => `/indicators/${encodeURIComponent(id)}`,
  meeting: '/meeting',
  campaigns: '/campagnes',
  newCampaign: `/campagnes/${NEW_CAMPAIGN}`,
  campaign: (id: string) => `/campagnes/${encodeURIComponent(id)}`,
  proposals: '/remontees',
  bilan: '/bilan',
  snapshots: '/bilan/instantanes',
  secondHalf: '/bilan/seconde-moitie',
  feedback: '/retours',
  admin: '/admin',
} as const;
