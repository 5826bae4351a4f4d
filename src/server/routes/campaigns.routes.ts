import { Router, type Request } from 'express';
import type { CampaignService } from '../../app/campaigns/campaign.service.js';
import { recipientsCsv } from '../../app/campaigns/recipients.js';
import { requireIfMatch, setETag } from '../http/etag.js';
import { identityOf } from './context.js';

const idParam = (req: Request): string => String(req.params.id);

/** Campaigns: prepare, launch, relaunch, close, follow the funnel and the recipients. Pilotage and administrators. */
export function campaignsRouter(campaigns: CampaignService): Router {
  const router = Router();
  router.get('/campaigns', async (req, res) => {
    res.json({ items: await campaigns.list(identityOf(req)) });
  });
  router.post('/campaigns', async (req, res) => {
    const campaign = await campaigns.create(identityOf(req), req.body);
    setETag(res, campaign.version);
    res.status(201).location(`${req.baseUrl}/campaigns/${encodeURIComponent(campaign.id)}`).json(campaign);
  });
  router.get('/campaigns/:id', async (req, res) => {
    const summary = await campaigns.get(identityOf(req), idParam(req));
    setETag(res, summary.campaign.version);
    res.json(summary);
  });
  router.patch('/campaigns/:id', async (req, res) => {
    const campaign = await campaigns.update(identityOf(req), idParam(req), req.body, requireIfMatch(req));
    setETag(res, campaign.version);
    res.json(campaign);
  });
  router.post('/campaigns/:id/launch', async (req, res) => {
    const report = await campaigns.launch(identityOf(req), idParam(req), requireIfMatch(req));
    setETag(res, report.campaign.version);
    res.json(report);
  });
  router.post('/campaigns/:id/relaunch', async (req, res) => {
    // Like launch and close: If-Match, so that a double click or a cross-site form cannot send the reminders twice.
    const report = await campaigns.relaunch(identityOf(req), idParam(req), requireIfMatch(req));
    setETag(res, report.campaign.version);
    res.json(report);
  });
  router.post('/campaigns/:id/close', async (req, res) => {
    const summary = await campaigns.close(identityOf(req), idParam(req), requireIfMatch(req));
    setETag(res, summary.campaign.version);
    res.json(summary);
  });
  router.get('/campaigns/:id/recipients', async (req, res) => {
    const { rows } = await campaigns.recipients(identityOf(req), idParam(req));
    res.json({ items: rows });
  });
  router.get('/campaigns/:id/recipients.csv', async (req, res) => {
    const { campaign, rows } = await campaigns.recipients(identityOf(req), idParam(req));
    const name = `destinataires-${campaign.id}.csv`;
    res.type('text/csv; charset=utf-8').attachment(name).send(recipientsCsv(rows));
  });
  router.get('/campaigns/:id/preview', async (req, res) => {
    const lang = req.query.lang === 'en' ? 'en' : 'fr';
    res.json(await campaigns.preview(identityOf(req), idParam(req), lang));
  });
  return router;
}
