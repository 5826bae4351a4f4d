import { Router } from 'express';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { Authenticator } from '../auth/authenticator.js';
import { identityOf } from './context.js';

/** Who am I, and in development mode the demo identities the tab can switch between. */
export function identityRouter(authenticator: Authenticator, store: RoadmapStore): Router {
  const router = Router();
  router.get('/me', (req, res) => {
    res.json({ ...identityOf(req), authMode: authenticator.mode });
  });
  if (authenticator.mode === 'dev')
    router.get('/dev/identities', async (_req, res) => {
      const people = await store.person.list();
      res.json({ items: people.map(({ id, displayName, role, jobTitle, serviceIds }) => ({ id, displayName, role, jobTitle, serviceIds })) });
    });
  return router;
}
