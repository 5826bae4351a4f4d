import { Router, type Request } from 'express';
import { z } from 'zod';
import { redactDashboard, redactHistory, redactRoadmap } from '../../app/authorization/redaction.js';
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
import { hiddenFieldsOf, identityOf } from './context.js';
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

/** A cache variant per data revision and role, so that a role-dependent view can never be served to another role. */
const variant = (req: Request, revision: string | undefined): string | undefined =>
  revision === undefined ? undefined : `${revision}#${identityOf(req).role}`;


/** The read models: roadmap tree, dashboard, recent changes. */
export function roadmapRouter(roadmap: RoadmapService, dashboard: DashboardService, store: RoadmapStore): Router {
  const router = Router();
  const cache = new ReadModelCache();
  router.get('/roadmap', async (req, res) => {
    const filters = parseQuery(roadmapQuery, req.query);
    const hidden = await hiddenFieldsOf(req, () => store.mandate.get(MANDATE_ID));
    await cache.send(req, res, variant(req, await roadmap.revision()), async () => redactRoadmap(await roadmap.roadmap(filters), hidden));
  });
  router.get('/dashboard', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    const hidden = await hiddenFieldsOf(req, () => store.mandate.get(MANDATE_ID));
    await cache.send(req, res, variant(req, await dashboard.revision()), async () => redactDashboard(await dashboard.dashboard(), hidden));
  });
  router.get('/history', async (req, res) => {
    const { limit, entityType } = parseQuery(historyQuery, req.query);
    res.json({ items: redactHistory(await store.history.recent(limit, entityType), await hiddenFieldsOf(req, () => store.mandate.get(MANDATE_ID))) });
  });
  return router;
}
