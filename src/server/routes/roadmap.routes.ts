import { Router } from 'express';
import { z } from 'zod';
import { ReadViews, type ReadView } from '../../app/authorization/read-view.js';
import type { DashboardService } from '../../app/roadmap/dashboard.service.js';
import type { RoadmapService } from '../../app/roadmap/roadmap.service.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import {
  ACTION_STATUSES,
  COMMITMENT_STATUSES,
  ENTITY_KINDS,
  HALVES,
  MANDATE_ID,
  WEATHERS,
  idSchema,
} from '../../domain/entities/index.js';
import { ReadModelCache } from '../http/read-model-cache.js';
import { readViewOf } from './context.js';
import { booleanParam, csvOf, parseQuery } from './query.js';

export const roadmapQuery = z.strictObject({
  axisId: idSchema.optional(),
  serviceId: idSchema.optional(),
  ownerPersonId: idSchema.optional(),
  leadPersonId: idSchema.optional(),
  commitmentStatus: csvOf(COMMITMENT_STATUSES).optional(),
  status: csvOf(ACTION_STATUSES).optional(),
  weather: csvOf(WEATHERS).optional(),
  late: booleanParam.optional(),
  half: z.enum(HALVES).optional(),
  q: z.string().max(200).optional(),
});

export const historyQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  entityType: csvOf(ENTITY_KINDS).optional(),
});

/**
 * A cache variant per data revision and view: what a view hides is its whole difference from another, so an answer
 * built for one view can never be served to a view that hides more (the mandate's choice is part of the revision too).
 */
const variant = (view: ReadView, revision: string | undefined): string | undefined =>
  revision === undefined ? undefined : `${revision}#${view.variant}`;


/** The read models: roadmap tree, dashboard, recent changes. */
export function roadmapRouter(roadmap: RoadmapService, dashboard: DashboardService, store: RoadmapStore): Router {
  const router = Router();
  const cache = new ReadModelCache();
  const views = new ReadViews(() => store.mandate.get(MANDATE_ID));
  router.get('/roadmap', async (req, res) => {
    const filters = parseQuery(roadmapQuery, req.query);
    const view = await readViewOf(req, views);
    await cache.send(req, res, variant(view, await roadmap.revision()), () => roadmap.roadmap(view, filters));
  });
  router.get('/dashboard', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    const view = await readViewOf(req, views);
    await cache.send(req, res, variant(view, await dashboard.revision()), () => dashboard.dashboard(view));
  });
  router.get('/history', async (req, res) => {
    const { limit, entityType } = parseQuery(historyQuery, req.query);
    res.json({ items: await dashboard.recentChanges(await readViewOf(req, views), limit, entityType) });
  });
  return router;
}
