import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { createBilanServices, type BilanServices } from '../../src/app/bilan/bilan-services.js';
import type { PdfRenderer } from '../../src/app/bilan/public/pdf-renderer.js';
import { seedDemoIfEmpty } from '../../src/app/seed/seed-store.js';
import type { Role } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator.js';
import { errorHandler, notFoundHandler, requireJson } from '../../src/server/http/error-handler.js';
import { unauthenticated } from '../../src/server/http/http-error.js';
import { securityHeaders } from '../../src/server/http/security-headers.js';
import { createLogger } from '../../src/server/logger.js';
import { bilanRouters } from '../../src/server/routes/bilan.routes.js';
import { attachIdentity } from '../../src/server/routes/context.js';
import { fixedClock, sequentialIds } from './fixed-clock.js';
import type { ApiInit, ApiResponse } from './test-server.js';

/**
 * A server with the bilan, snapshot and export routes mounted as src/server/app.ts mounts the API (authentication,
 * JSON gate, body parser, then the routers, then the JSON 404 and error handler), until the lead mounts them there.
 */
export interface BilanTestServer {
  url: string;
  app: Express;
  store: RoadmapStore;
  services: BilanServices;
  clock: ReturnType<typeof fixedClock>;
  /** fetch relative to /api/v1 as a demo person (default: the administrator); JSON parsed, anything else as text. */
  api(path: string, init?: ApiInit): Promise<ApiResponse>;
  /** fetch relative to /api/v1, the body as bytes. */
  bytes(path: string, as?: string): Promise<{ status: number; headers: Headers; body: Buffer }>;
  close(): Promise<void>;
}

/** One demo person per role (the same as tests/integration/api-route-roles.test.ts). */
export const AS: Record<Role, string> = {
  administrator: 'pers-marc-tessier',
  pilotage: 'pers-laurent-dufresne',
  elected: 'pers-sophie-garnier',
  service_head: 'pers-isabelle-caron',
  reader: 'pers-romain-giraud',
};

/** A PDF renderer that does not start Chromium: a fixed, valid-looking PDF (for tests that are not about the PDF). */
export const fakePdf: PdfRenderer & { pages: string[] } = {
  pages: [],
  render(html) {
    fakePdf.pages.push(html);
    return Promise.resolve(Buffer.from('%PDF-1.4\n% fake\n'));
  },
};

function authenticate(store: RoadmapStore): RequestHandler {
  const authenticator = devAuthenticator(store);
  return async (req, _res, next) => {
    const identity = await authenticator.authenticate({ headers: req.headers, query: req.query });
    if (!identity) throw unauthenticated();
    attachIdentity(req, identity);
    next();
  };
}

/** Starts the server on a throw-away in-memory SQLite store seeded with the demo commune (unless `seed: false`). */
export async function startBilanTestServer(options: { seed?: boolean; pdf?: PdfRenderer; store?: RoadmapStore } = {}): Promise<BilanTestServer> {
  const store = options.store ?? openSqliteStore(':memory:');
  const clock = fixedClock();
  if (options.seed !== false) await seedDemoIfEmpty(store, clock);
  const services = createBilanServices(store, clock, sequentialIds(), { pdf: options.pdf, chromiumPath: process.env.CHROMIUM_PATH });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  const api = express.Router();
  api.use(authenticate(store));
  api.use(requireJson);
  api.use(express.json({ limit: 256 * 1024, strict: true, type: 'application/json' }));
  api.use(bilanRouters(services));
  app.use('/api/v1', api);
  app.use(notFoundHandler);
  app.use(errorHandler(createLogger('silent')));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    store,
    services,
    clock,
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (init.as) headers['X-Dev-User'] = init.as;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['Content-Type'] ??= 'application/json';
      }
      const res = await fetch(`${url}/api/v1${path}`, { method: init.method ?? 'GET', headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      if ((res.headers.get('content-type') ?? '').includes('json'))
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text;
        }
      return { status: res.status, headers: res.headers, body: parsed };
    },
    async bytes(path, as) {
      const res = await fetch(`${url}/api/v1${path}`, { headers: as ? { 'X-Dev-User': as } : {} });
      return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
    },
    async close() {
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await store.close();
    },
  };
}

const ROOT = path.resolve(__dirname, '../..');
// pdf-parse loads pdf.js's worker with a dynamic import, which Jest's module sandbox refuses: read in a plain Node.
const READ_PDF = `const { PDFParse } = require('pdf-parse');
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(require('fs').readFileSync(process.argv[1])) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ pages: result.total, text: result.text }));
})().catch((error) => { console.error(error); process.exit(1); });`;

/** The page count and the text of a PDF, read by pdf-parse. */
export async function readPdf(data: Buffer): Promise<{ pages: number; text: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-pdf-')), 'file.pdf');
  fs.writeFileSync(file, data);
  try {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', READ_PDF, file], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    return JSON.parse(stdout) as { pages: number; text: string };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** A request to make for a route, as tests/integration/api-route-roles.test.ts builds them. */
export interface BilanRouteCase {
  allowed: readonly Role[];
  build(s: { store: RoadmapStore }): Promise<{ path: string; body?: unknown }>;
}

const ALL_ROLES = Object.keys(AS) as Role[];
/** The policy's `internal.read`: everyone but readers. */
const INTERNAL: Role[] = ['administrator', 'pilotage', 'elected', 'service_head'];
let snapshotCounter = 0;
/** Takes a snapshot straight through the service (any store with the operations collections), for routes that need one. */
async function aSnapshot(store: RoadmapStore): Promise<string> {
  const ids = { next: (prefix: string) => `${prefix}-rr${++snapshotCounter}` };
  const { snapshots } = createBilanServices(store, fixedClock(), ids, { pdf: fakePdf });
  const taken = await snapshots.take({ personId: AS.administrator, displayName: 'Administrateur', role: 'administrator', serviceIds: [] }, { title: 'Instantané de contrôle' });
  return taken.id;
}
const read = (path: string): BilanRouteCase => ({ allowed: ALL_ROLES, build: () => Promise.resolve({ path }) });
const internal = (path: string): BilanRouteCase => ({ allowed: INTERNAL, build: () => Promise.resolve({ path }) });

/**
 * Every route of issue 8's server side and who may use it (the policy's capabilities): the public exports and the
 * snapshot headers for every role; the bilan, the comparison and the internal exports for `internal.read`; taking a
 * snapshot for `snapshot.take`. The lead adds these to the table of api-route-roles.test.ts.
 */
export const BILAN_ROUTE_CASES: Record<string, BilanRouteCase> = {
  'GET /api/v1/bilan': internal('/bilan'),
  'GET /api/v1/snapshots': read('/snapshots'),
  'POST /api/v1/snapshots': { allowed: ['administrator', 'pilotage'], build: () => Promise.resolve({ path: '/snapshots', body: { title: 'Bilan de contrôle' } }) },
  'GET /api/v1/snapshots/compare': { allowed: INTERNAL, build: async (s) => ({ path: `/snapshots/compare?from=${await aSnapshot(s.store)}&to=today` }) },
  'GET /api/v1/snapshots/:id': { allowed: ALL_ROLES, build: async (s) => ({ path: `/snapshots/${await aSnapshot(s.store)}` }) },
  'GET /api/v1/exports/bilan.docx': internal('/exports/bilan.docx'),
  'GET /api/v1/exports/public.html': read('/exports/public.html'),
  'GET /api/v1/exports/public.pdf': read('/exports/public.pdf'),
  'GET /api/v1/exports/data.xlsx': internal('/exports/data.xlsx'),
  'GET /api/v1/exports/csv/:kind': internal('/exports/csv/action'),
  'GET /api/v1/exports/opendata.json': read('/exports/opendata.json'),
  'GET /api/v1/exports/opendata.schema.json': read('/exports/opendata.schema.json'),
  'GET /api/v1/exports/opendata.readme.md': read('/exports/opendata.readme.md'),
  'GET /api/v1/exports/opendata/:kind.csv': read('/exports/opendata/commitment.csv'),
};
