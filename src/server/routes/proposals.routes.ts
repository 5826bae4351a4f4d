import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../../app/audit/audit-log.js';
import type { ProposalService } from '../../app/campaigns/proposal.service.js';
import { AUDIT_ACTIONS } from '../../domain/audit/audit.schema.js';
import { PROPOSAL_STATES } from '../../domain/campaigns/proposal.schema.js';
import { idSchema } from '../../domain/entities/index.js';
import { requireIfMatch, setETag } from '../http/etag.js';
import { identityOf } from './context.js';
import { parseQuery } from './query.js';

const idParam = (req: Request): string => String(req.params.id);
const proposalFilters = z.strictObject({ state: z.enum(PROPOSAL_STATES).optional(), campaignId: idSchema.optional() });
const auditFilters = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Remontées: proposals drawn from answers, accepted (possibly edited) or refused by the pilotage team. */
export function proposalsRouter(proposals: ProposalService): Router {
  const router = Router();
  router.get('/proposals', async (req, res) => {
    const filter = parseQuery(proposalFilters, req.query as Record<string, unknown>);
    res.json({ items: await proposals.list(identityOf(req), filter) });
  });
  router.post('/proposals/:id/accept', async (req, res) => {
    const decided = await proposals.accept(identityOf(req), idParam(req), requireIfMatch(req), req.body);
    setETag(res, decided.version);
    res.json(decided);
  });
  router.post('/proposals/:id/refuse', async (req, res) => {
    const decided = await proposals.refuse(identityOf(req), idParam(req), requireIfMatch(req), req.body);
    setETag(res, decided.version);
    res.json(decided);
  });
  return router;
}

/** The audit log, for administrators. */
export function auditRouter(audit: AuditLog): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const filter = parseQuery(auditFilters, req.query as Record<string, unknown>);
    res.json({ items: await audit.recent(identityOf(req), filter) });
  });
  return router;
}
