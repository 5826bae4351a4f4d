import { Router } from 'express';
import type { RoadmapStore } from '../../ports/store.port.js';

/** Liveness (the process answers) and readiness (the store answers). */
export function healthRouter(store: RoadmapStore, version: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', version });
  });
  router.get('/ready', async (_req, res) => {
    const ready = await store.ping().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', store: ready });
  });
  return router;
}
