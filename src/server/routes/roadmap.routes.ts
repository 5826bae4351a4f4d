import { Router } from 'express';
import { z } from 'zod';
import type { DashboardService } from '../../app/roadmap/dashboard.service.js';
import type { RoadmapService } from '../../app/roadmap/roadmap.service.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import {
  ACTION_STATUSES,
  COMMITMENT_STATUSES,
  ENTITY_KINDS,
  HALVES,
  WEATHERS,
  idSchema,
} from '../../domain/entities/index.js';
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

/** The read models: roadmap tree, dashboard, recent changes. */
export function roadmapRouter(roadmap: RoadmapService, dashboard: DashboardService, store: RoadmapStore): Router {
  const router = Router();
  router.get('/roadmap', async (req, res) => {
    res.json(await roadmap.roadmap(parseQuery(roadmapQuery, req.query)));
  });
  router.get('/dashboard', async (_req, res) => {
    res.json(await dashboard.dashboard());
  });
  router.get('/history', async (req, res) => {
    const { limit, entityType } = parseQuery(historyQuery, req.query);
    res.json({ items: await store.history.recent(limit, entityType) });
  });
  return router;
}
