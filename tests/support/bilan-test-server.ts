import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createBilanServices, type BilanServices } from '../../src/app/bilan/bilan-services.js';
import type { PdfRenderer } from '../../src/ports/pdf.port.js';
import type { Role } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { fixedClock } from './fixed-clock.js';
import { startTestServer, type ApiInit, type ApiResponse } from './test-server.js';

/**
 * The test server (the real application) with the handles the bilan's tests use: its bilan services, raw bytes.
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

/** The application's server (src/server/app.ts) on a throw-away store seeded with the demo commune, seen from the bilan. */
export async function startBilanTestServer(options: { seed?: boolean; pdf?: PdfRenderer; store?: RoadmapStore } = {}): Promise<BilanTestServer> {
  const server = await startTestServer({
    ...(options.seed === false ? { seed: false } : {}),
    ...(options.store ? { store: options.store } : {}),
    services: { ...(options.pdf ? { pdf: options.pdf } : {}), ...(process.env.CHROMIUM_PATH ? { chromiumPath: process.env.CHROMIUM_PATH } : {}) },
  });
  return {
    url: server.url,
    app: server.app,
    store: server.store,
    services: server.services.bilan,
    clock: server.clock,
    api: (path, init) => server.api(path, init),
    async bytes(path, as) {
      const res = await fetch(`${server.url}/api/v1${path}`, { headers: as ? { 'X-Dev-User': as } : {} });
      return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
    },
    close: () => server.close(),
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
