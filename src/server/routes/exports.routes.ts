import { Router, type Response } from 'express';
import { z } from 'zod';
import type { ReadViews } from '../../app/authorization/read-view.js';
import type { ExportFile, ExportService } from '../../app/bilan/export.service.js';
import { PUBLIC_KINDS } from '../../app/bilan/public/public-fields.js';
import { ENTITY_KINDS } from '../../domain/entities/index.js';
import { validate } from '../../domain/validation/validate.js';
import { readViewOf } from './context.js';
import { bilanErrors, snapshotQuery } from './snapshots.routes.js';
import { parseQuery } from './query.js';

const kindParam = z.strictObject({ kind: z.enum(ENTITY_KINDS) });
const publicKindParam = z.strictObject({ kind: z.enum(PUBLIC_KINDS) });

/** Sends a file: downloaded (`attachment`) or shown in the browser (`inline`); never cached (it may be internal). */
function send(res: Response, file: ExportFile, disposition: 'attachment' | 'inline' = 'attachment'): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.send(file.body);
}

/**
 * The exports, each from today or from `?snapshot=<id>`: the Word report, the public page (HTML, PDF), Excel and CSV
 * of all the data, and the open data (JSON, CSV per kind, JSON Schema, README). The public ones are for every role and
 * made as for a reader whoever asks; the Word report, Excel and CSV carry internal fields (`internal.read`: not readers).
 */
export function exportsRouter(exports: ExportService, views: ReadViews): Router {
  const router = Router();
  const source = (query: unknown) => ({ snapshotId: parseQuery(snapshotQuery, query).snapshot });
  router.get('/exports/bilan.docx', async (req, res) => send(res, await exports.wordReport(await readViewOf(req, views), source(req.query))));
  router.get('/exports/public.html', async (req, res) => send(res, await exports.publicHtml(source(req.query)), 'inline'));
  router.get('/exports/public.pdf', async (req, res) => send(res, await exports.publicPdf(source(req.query))));
  router.get('/exports/data.xlsx', async (req, res) => send(res, await exports.dataWorkbook(await readViewOf(req, views), source(req.query))));
  router.get('/exports/csv/:kind', async (req, res) => {
    const { kind } = validate(kindParam, req.params);
    send(res, await exports.csv(await readViewOf(req, views), kind, source(req.query)));
  });
  router.get('/exports/opendata.json', async (req, res) => send(res, await exports.openDataJson(source(req.query))));
  router.get('/exports/opendata.schema.json', (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    send(res, exports.openDataSchema(), 'inline');
  });
  router.get('/exports/opendata.readme.md', (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    send(res, exports.openDataReadme(), 'inline');
  });
  router.get('/exports/opendata/:kind.csv', async (req, res) => {
    const { kind } = validate(publicKindParam, req.params);
    send(res, await exports.openDataCsv(kind, source(req.query)));
  });
  router.use('/exports', bilanErrors);
  return router;
}
