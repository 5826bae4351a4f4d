import { Router, type ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { SnapshotReadDto } from '../../app/bilan/bilan-api.types.js';
import { BilanServiceError, SnapshotCorruptError } from '../../app/bilan/bilan-errors.js';
import type { SnapshotService } from '../../app/bilan/snapshot/snapshot.service.js';
import { idSchema } from '../../domain/entities/index.js';
import { ForbiddenError } from '../../domain/errors.js';
import { validate } from '../../domain/validation/validate.js';
import { HttpError } from '../http/http-error.js';
import type { ReadViews } from '../../app/authorization/read-view.js';
import { identityOf, readViewOf } from './context.js';
import { booleanParam, parseQuery } from './query.js';

/** `?snapshot=<id>`: figures and exports from a snapshot instead of today's records. */
export const snapshotQuery = z.strictObject({ snapshot: idSchema.optional() });

/** The bilan services' own failures, in the API's error shape: a corrupt snapshot is a 500; a missing Chromium or a store without snapshots, a 503. */
export const bilanErrors: ErrorRequestHandler = (error: unknown, _req, _res, next) => {
  if (!(error instanceof BilanServiceError)) return next(error);
  const status = error instanceof SnapshotCorruptError ? 500 : 503;
  next(new HttpError(status, error.code, error.messages));
};

const readQuery = z.strictObject({ content: booleanParam.default(false) });
/** `to=today` compares with the roadmap as it is now. */
const compareQuery = z.strictObject({ from: idSchema, to: idSchema });
const idParam = z.strictObject({ id: idSchema });

/**
 * Snapshots: take one (`snapshot.take`), list them and read headers (everyone), read one's content back and compare two
 * or one with today (`internal.read`).
 * There is no PUT, PATCH or DELETE: a snapshot never changes once taken.
 */
export function snapshotsRouter(snapshots: SnapshotService, views: ReadViews): Router {
  const router = Router();
  router.get('/snapshots', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    res.json({ items: await snapshots.list() });
  });
  router.post('/snapshots', async (req, res) => {
    const who = identityOf(req);
    // Refused before anything is read: a reader learns nothing from trying.
    snapshots.assertMayTake(who);
    parseQuery(z.strictObject({}), req.query);
    const taken = await snapshots.take(who, req.body);
    res.status(201).location(`/api/v1/snapshots/${taken.id}`).json(taken);
  });
  // Before /snapshots/:id, which would take "compare" for an id.
  router.get('/snapshots/compare', async (req, res) => {
    const { from, to } = parseQuery(compareQuery, req.query);
    res.json(await snapshots.compare(await readViewOf(req, views), from, to));
  });
  router.get('/snapshots/:id', async (req, res) => {
    const { id } = validate(idParam, req.params);
    const { content: withContent } = parseQuery(readQuery, req.query);
    // The content holds internal fields and answers: checked before anything is read.
    if (withContent && !snapshots.mayReadContent(identityOf(req))) throw new ForbiddenError(`${identityOf(req).role} may not read a snapshot's content`);
    if (!withContent) {
      const { snapshot } = await snapshots.read(id);
      res.json({ snapshot, verified: true } satisfies SnapshotReadDto);
      return;
    }
    const { snapshot, content } = await snapshots.readContent(await readViewOf(req, views), id);
    const body: SnapshotReadDto = { snapshot, verified: true, content: { records: content.records, campaigns: content.campaigns, responses: content.responses } };
    res.json(body);
  });
  router.use('/snapshots', bilanErrors);
  return router;
}
