import { PUBLIC_KINDS } from '../../src/app/bilan/public/public-fields.js';
import { ENTITY_KINDS, type EntityKind, type Role } from '../../src/domain/entities/index.js';
import { COLLECTIONS } from '../../src/server/routes/collections.js';
import { PLANTED_FIELDS, SECRET, searchSecret } from './planted-secrets.js';

/** The records and operations a request names. */
export interface Ids {
  snapshot: string;
  campaign: string;
  records: Record<EntityKind, string>;
}

/** One request to make. */
export interface RouteRequest {
  path: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** How to call one route: its requests (every variant of what it produces), and what kind of route it is. */
export interface RouteEntry {
  requests(ids: Ids, role: Role): RouteRequest[];
  /** A write: sent as the roles that may not read internal fields (its answer shows its author what they may see). */
  write?: boolean;
  /** A published output (public page, PDF, open data): no secret for anyone. */
  published?: boolean;
}

const API = '/api/v1';
const get = (...paths: string[]): RouteEntry => ({ requests: () => paths.map((path) => ({ path })) });
const published = (...paths: string[]): RouteEntry => ({ ...get(...paths), published: true });
const write = (method: string, path: (ids: Ids) => string, body: unknown = {}): RouteEntry => ({
  write: true,
  requests: (ids) => [{ method, path: path(ids), body, headers: { 'If-Match': '"1"' } }],
});
/** Searches for every planted secret of `kind`, and for any secret at all. */
const searches = (kind: EntityKind): string[] => [
  SECRET,
  ...PLANTED_FIELDS.filter((f) => f.startsWith(`${kind}.`)).map(searchSecret),
].map((q) => `q=${encodeURIComponent(q)}`);

/** The collections' routes (records.routes.ts): list (with every search), one record, its history, and the writes. */
function collectionRoutes(): Record<string, RouteEntry> {
  const table: Record<string, RouteEntry> = {};
  for (const [name, { kind, filters }] of Object.entries(COLLECTIONS)) {
    const base = `${API}/${name}`;
    const searchable = 'q' in filters.shape;
    table[`GET ${base}`] = get(`${base}?limit=5000`, ...(searchable ? searches(kind).map((q) => `${base}?${q}`) : []));
    table[`POST ${base}`] = write('POST', () => base, { title: 'x' });
    table[`GET ${base}/:id`] = { requests: (ids) => [{ path: `${base}/${ids.records[kind]}` }] };
    table[`PATCH ${base}/:id`] = write('PATCH', (ids) => `${base}/${ids.records[kind]}`, { title: 'x' });
    table[`DELETE ${base}/:id`] = write('DELETE', (ids) => `${base}/${ids.records[kind]}`);
    table[`GET ${base}/:id/history`] = { requests: (ids) => [{ path: `${base}/${ids.records[kind]}/history` }] };
  }
  return table;
}

const withSnapshot = (path: string) => (ids: Ids) => [{ path }, { path: `${path}${path.includes('?') ? '&' : '?'}snapshot=${ids.snapshot}` }];

/**
 * Every route of the app (tests/support/route-inventory.ts lists them; a route missing here fails the test) with the
 * requests that make it produce everything it can: searches, every export format and kind, today and a snapshot.
 */
export const ROUTE_TABLE: Record<string, RouteEntry> = {
  'GET /api/health': get('/api/health'),
  'GET /api/ready': get('/api/ready'),
  // The bot's answers go to the Bot Connector, not into this response: the test reads them from the bot application.
  'POST /api/messages': { write: true, requests: () => [{ method: 'POST', path: '/api/messages', body: { type: 'message', text: 'mes actions' } }] },
  'GET /api/v1/openapi.json': get(`${API}/openapi.json`),
  'GET /api/v1/import/template.xlsx': get(`${API}/import/template.xlsx`, `${API}/import/template.xlsx?withData=true`),
  'POST /api/v1/import': {
    write: true,
    requests: () => [{ method: 'POST', path: `${API}/import?dryRun=true`, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }],
  },
  'GET /api/v1/me': get(`${API}/me`),
  'GET /api/v1/dev/identities': get(`${API}/dev/identities`),
  'GET /api/v1/roadmap': get(`${API}/roadmap`, `${API}/roadmap?half=second`, ...['action', 'commitment'].flatMap((k) => searches(k as EntityKind)).map((q) => `${API}/roadmap?${q}`)),
  'GET /api/v1/dashboard': get(`${API}/dashboard`),
  'GET /api/v1/history': get(`${API}/history?limit=500`, ...ENTITY_KINDS.map((k) => `${API}/history?limit=500&entityType=${k}`)),
  ...collectionRoutes(),
  'POST /api/v1/mandate': write('POST', () => `${API}/mandate`),
  'GET /api/v1/mandate': get(`${API}/mandate`),
  'PATCH /api/v1/mandate': write('PATCH', () => `${API}/mandate`, { internalFields: [] }),
  'GET /api/v1/mandate/history': get(`${API}/mandate/history`),
  'GET /api/v1/bilan': { requests: withSnapshot(`${API}/bilan`) },
  'GET /api/v1/snapshots': get(`${API}/snapshots`),
  'POST /api/v1/snapshots': write('POST', () => `${API}/snapshots`, { title: 'x' }),
  'GET /api/v1/snapshots/compare': { requests: (ids) => [{ path: `${API}/snapshots/compare?from=${ids.snapshot}&to=today` }, { path: `${API}/snapshots/compare?from=${ids.snapshot}&to=${ids.snapshot}` }] },
  'GET /api/v1/snapshots/:id': { requests: (ids) => [{ path: `${API}/snapshots/${ids.snapshot}` }, { path: `${API}/snapshots/${ids.snapshot}?content=true` }] },
  'GET /api/v1/exports/bilan.docx': { requests: withSnapshot(`${API}/exports/bilan.docx`) },
  'GET /api/v1/exports/public.html': { published: true, requests: withSnapshot(`${API}/exports/public.html`) },
  // Chromium is slow: the snapshot's PDF once, for the reader.
  'GET /api/v1/exports/public.pdf': { published: true, requests: (ids, role) => withSnapshot(`${API}/exports/public.pdf`)(ids).slice(0, role === 'reader' ? 2 : 1) },
  'GET /api/v1/exports/data.xlsx': { requests: withSnapshot(`${API}/exports/data.xlsx`) },
  'GET /api/v1/exports/csv/:kind': { requests: (ids) => [...ENTITY_KINDS.map((k) => ({ path: `${API}/exports/csv/${k}` })), { path: `${API}/exports/csv/action?snapshot=${ids.snapshot}` }] },
  'GET /api/v1/exports/opendata.json': { published: true, requests: withSnapshot(`${API}/exports/opendata.json`) },
  'GET /api/v1/exports/opendata.schema.json': published(`${API}/exports/opendata.schema.json`),
  'GET /api/v1/exports/opendata.readme.md': published(`${API}/exports/opendata.readme.md`),
  'GET /api/v1/exports/opendata/:kind.csv': {
    published: true,
    requests: (ids) => [...PUBLIC_KINDS.map((k) => ({ path: `${API}/exports/opendata/${k}.csv` })), ...PUBLIC_KINDS.map((k) => ({ path: `${API}/exports/opendata/${k}.csv?snapshot=${ids.snapshot}` }))],
  },
  'GET /api/v1/campaigns': get(`${API}/campaigns`),
  'POST /api/v1/campaigns': write('POST', () => `${API}/campaigns`, { title: 'x' }),
  'GET /api/v1/campaigns/:id': { requests: (ids) => [{ path: `${API}/campaigns/${ids.campaign}` }] },
  'PATCH /api/v1/campaigns/:id': write('PATCH', (ids) => `${API}/campaigns/${ids.campaign}`, { title: 'x' }),
  'POST /api/v1/campaigns/:id/launch': write('POST', (ids) => `${API}/campaigns/${ids.campaign}/launch`),
  'POST /api/v1/campaigns/:id/relaunch': write('POST', (ids) => `${API}/campaigns/${ids.campaign}/relaunch`),
  'POST /api/v1/campaigns/:id/close': write('POST', (ids) => `${API}/campaigns/${ids.campaign}/close`),
  'GET /api/v1/campaigns/:id/recipients': { requests: (ids) => [{ path: `${API}/campaigns/${ids.campaign}/recipients` }] },
  'GET /api/v1/campaigns/:id/recipients.csv': { requests: (ids) => [{ path: `${API}/campaigns/${ids.campaign}/recipients.csv` }] },
  'GET /api/v1/campaigns/:id/preview': { requests: (ids) => [{ path: `${API}/campaigns/${ids.campaign}/preview` }] },
  'GET /api/v1/proposals': get(`${API}/proposals`),
  'POST /api/v1/proposals/:id/accept': write('POST', () => `${API}/proposals/prop-unknown/accept`),
  'POST /api/v1/proposals/:id/refuse': write('POST', () => `${API}/proposals/prop-unknown/refuse`),
  'GET /api/v1/audit': get(`${API}/audit?limit=1000`),
};
