import { Router, type Request } from 'express';
import { z } from 'zod';
import { ReadViews } from '../../app/authorization/read-view.js';
import { RecordReader } from '../../app/records/record-reader.js';
import type { RecordService } from '../../app/records/record.service.js';
import { MANDATE_ID, type ChangeSource, type EntityKind } from '../../domain/entities/index.js';
import { setETag, requireIfMatch } from '../http/etag.js';
import { COLLECTIONS, toStoreFilter, type CollectionName } from './collections.js';
import { identityOf, readViewOf } from './context.js';
import { parseQuery } from './query.js';

const paging = z.strictObject({
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

const idParam = (req: Request): string => String(req.params.id);


/** The callers' views, from the mandate's internal-field setting (undefined before the mandate exists). */
const viewsOf = (records: RecordService): ReadViews => new ReadViews(async () => (await records.list('mandate'))[0]);

/** Where a change comes from, for history: the tab says so with `X-Change-Source: tab`; anything else is the API. */
const sourceOf = (req: Request): ChangeSource => (req.get('X-Change-Source') === 'tab' ? 'tab' : 'api');

/** CRUD routes of one kind of record, with ETag on reads and If-Match on writes. */
function recordRoutes(
  router: Router,
  path: string,
  kind: EntityKind,
  records: RecordService,
  idOf: (req: Request) => string,
  { deletable = true } = {},
): void {
  const reader = new RecordReader(records);
  const views = viewsOf(records);
  router.get(path, async (req, res) => {
    const record = await reader.get(await readViewOf(req, views), kind, idOf(req));
    setETag(res, record.version);
    res.json(record);
  });
  router.patch(path, async (req, res) => {
    const expected = requireIfMatch(req);
    const record = await records.update(identityOf(req), kind, idOf(req), req.body, expected, sourceOf(req));
    setETag(res, record.version);
    res.json(record);
  });
  if (deletable)
    router.delete(path, async (req, res) => {
      await records.delete(identityOf(req), kind, idOf(req), requireIfMatch(req), sourceOf(req));
      res.status(204).end();
    });
  router.get(`${path}/history`, async (req, res) => {
    res.json({ items: await reader.history(await readViewOf(req, views), kind, idOf(req)) });
  });
}

/** The REST API of every collection and of the mandate. */
export function recordsRouter(records: RecordService): Router {
  const router = Router();
  const reader = new RecordReader(records);
  const views = viewsOf(records);
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { kind, filters } = COLLECTIONS[name];
    router.get(`/${name}`, async (req, res) => {
      const query = { ...(req.query as Record<string, unknown>) };
      const { limit, offset } = parseQuery(paging, { limit: query.limit, offset: query.offset });
      delete query.limit;
      delete query.offset;
      const filter = parseQuery(filters as z.ZodType<Record<string, unknown>, unknown>, query);
      const all = await reader.list(await readViewOf(req, views), kind, toStoreFilter(name, filter));
      const items = all.slice(offset, offset + limit);
      res.json({ items, total: all.length, limit, offset });
    });
    router.post(`/${name}`, async (req, res) => {
      const record = await records.create(identityOf(req), kind, req.body, sourceOf(req));
      setETag(res, record.version);
      res.status(201).location(`${req.baseUrl}/${name}/${encodeURIComponent(record.id)}`).json(record);
    });
    recordRoutes(router, `/${name}/:id`, kind, records, idParam);
  }
  router.post('/mandate', async (req, res) => {
    const record = await records.create(identityOf(req), 'mandate', { ...(req.body as object), id: MANDATE_ID }, sourceOf(req));
    setETag(res, record.version);
    res.status(201).json(record);
  });
  // The mandate is edited, never deleted: everything else hangs off it.
  recordRoutes(router, '/mandate', 'mandate', records, () => MANDATE_ID, { deletable: false });
  return router;
}
