import { Router } from 'express';
import type { BilanServices } from '../../app/bilan/bilan-services.js';
import type { ReadViews } from '../../app/authorization/read-view.js';
import type { BilanService } from '../../app/bilan/bilan.service.js';
import { readViewOf } from './context.js';
import { exportsRouter } from './exports.routes.js';
import { parseQuery } from './query.js';
import { bilanErrors, snapshotQuery, snapshotsRouter } from './snapshots.routes.js';

/** GET /bilan[?snapshot=<id>]: the bilan de mi-mandat (BilanDto, src/app/bilan/bilan-api.types.ts), for `internal.read`. */
export function bilanRouter(bilan: BilanService, views: ReadViews): Router {
  const router = Router();
  router.get('/bilan', async (req, res) => {
    const { snapshot } = parseQuery(snapshotQuery, req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await bilan.bilan(await readViewOf(req, views), snapshot));
  });
  router.use('/bilan', bilanErrors);
  return router;
}

/** Everything the lead mounts for issue 8's server side: /bilan, /snapshots, /exports (after the JSON body parser). */
export function bilanRouters(services: BilanServices): Router {
  const router = Router();
  router.use(bilanRouter(services.bilan, services.views));
  router.use(snapshotsRouter(services.snapshots, services.views));
  router.use(exportsRouter(services.exports, services.views));
  return router;
}

type Json = Record<string, unknown>;
const snapshotParam = { name: 'snapshot', in: 'query', required: false, schema: { type: 'string' }, description: 'Draw from this snapshot instead of today’s records.' };
const file = (summary: string, type: string, parameters: Json[] = [snapshotParam]): Json => ({
  get: { tags: ['bilan'], summary, parameters, responses: { 200: { description: 'The file.', content: { [type]: {} } }, 404: { description: 'Unknown snapshot.' } } },
});
const kindParam = (values: readonly string[]): Json => ({ name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...values] } });

/** OpenAPI paths of the bilan, snapshot and export routes (response shapes: src/app/bilan/bilan-api.types.ts), to merge into openapi.ts. */
export function bilanOpenApiPaths(kinds: { entity: readonly string[]; public: readonly string[] }): Json {
  const ok = (description: string): Json => ({ 200: { description, content: { 'application/json': {} } } });
  return {
    '/bilan': { get: { tags: ['bilan'], summary: 'The bilan de mi-mandat (BilanDto): promised vs done, the two views, gaps, citizens’ voice, 1,607 h', parameters: [snapshotParam], responses: ok('BilanDto.') } },
    '/snapshots': {
      get: { tags: ['bilan'], summary: 'Snapshot headers, newest first ({ items: SnapshotDto[] })', responses: ok('Headers.') },
      post: { tags: ['bilan'], summary: 'Freeze the roadmap (administrators, pilotage): { title, asOf? } → 201 SnapshotDto', responses: { 201: { description: 'SnapshotDto.' }, 400: { description: 'Invalid input.' }, 403: { description: 'Not allowed.' } } },
    },
    '/snapshots/compare': { get: { tags: ['bilan'], summary: 'What moved between two snapshots, or a snapshot and `today` (SnapshotComparisonDto)', responses: ok('SnapshotComparisonDto.') } },
    '/snapshots/{id}': { get: { tags: ['bilan'], summary: 'A snapshot read back and verified (SnapshotReadDto; ?content=true adds the records)', responses: { ...ok('SnapshotReadDto.'), 500: { description: 'snapshot_corrupt.' } } } },
    '/exports/bilan.docx': file('The Word report for the municipal council', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    '/exports/public.html': file('The public page (self-contained HTML, public fields only)', 'text/html'),
    '/exports/public.pdf': file('The public page as PDF (503 pdf_unavailable without Chromium)', 'application/pdf'),
    '/exports/data.xlsx': file('Excel of all the data (the import template, filled)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    '/exports/csv/{kind}': file('CSV of all the records of one kind (French Excel dialect)', 'text/csv', [kindParam(kinds.entity), snapshotParam]),
    '/exports/opendata.json': file('Open data: the public part as JSON', 'application/json'),
    '/exports/opendata.schema.json': file('JSON Schema (2020-12) of opendata.json', 'application/schema+json', []),
    '/exports/opendata.readme.md': file('Description of the open data files (French)', 'text/markdown', []),
    '/exports/opendata/{kind}.csv': file('Open data: CSV of one public kind', 'text/csv', [kindParam(kinds.public), snapshotParam]),
  };
}
