import type { EntityKind } from './enums';

const COLLECTIONS: Record<EntityKind, string> = {
  mandate: 'mandate',
  axis: 'axes',
  commitment: 'commitments',
  action: 'actions',
  indicator: 'indicators',
  measure: 'measures',
  service: 'services',
  person: 'people',
  feedback: 'feedback',
};

/** `/actions` for `action`. */
export const collectionPath = (kind: EntityKind): string => `/${COLLECTIONS[kind]}`;

/** `/actions/act-001` for an action; `/mandate` for the mandate. */
export const recordPath = (kind: EntityKind, id: string): string =>
  kind === 'mandate' ? '/mandate' : `${collectionPath(kind)}/${encodeURIComponent(id)}`;

/** A query string from defined values (`?a=1&b=x`), or '' when there are none. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
