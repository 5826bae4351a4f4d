import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { AppServices } from '../app/services.js';
import type { RoadmapStore } from '../ports/store.port.js';
import type { Authenticator } from './auth/authenticator.js';
import { errorHandler, notFoundHandler, requireJson } from './http/error-handler.js';
import { unauthenticated } from './http/http-error.js';
import { staticTab } from './http/static-tab.js';
import { noStore, rejectMalformedPath, verifyUtf8 } from './http/request-guards.js';
import { securityHeaders } from './http/security-headers.js';
import { writeRateLimit, type WriteRateLimit } from './http/write-rate-limit.js';
import { buildOpenApi } from './openapi.js';
import { bilanRouters } from './routes/bilan.routes.js';
import { campaignsRouter } from './routes/campaigns.routes.js';
import { auditRouter, proposalsRouter } from './routes/proposals.routes.js';
import { attachIdentity } from './routes/context.js';
import { healthRouter } from './routes/health.routes.js';
import { identityRouter } from './routes/identity.routes.js';
import { importRouter } from './routes/import.routes.js';
import { recordsRouter } from './routes/records.routes.js';
import { roadmapRouter } from './routes/roadmap.routes.js';

export interface HttpAppDeps {
  services: AppServices;
  store: RoadmapStore;
  authenticator: Authenticator;
  logger: Logger;
  bodyLimitBytes: number;
  version: string;
  /** Writes allowed per person and window (default: 120 a minute). */
  writeRateLimit?: WriteRateLimit;
  /** Where the built tab is (default: dist/tab of the package). */
  tabDir?: string;
  /** The bot's endpoint (`POST /api/messages`), authenticated by the Bot Framework adapter itself. */
  botRoute?: express.Router;
}

const DEFAULT_WRITE_RATE_LIMIT: WriteRateLimit = { windowMs: 60_000, maxWritesPerWindow: 120 };

function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}

function authenticate(authenticator: Authenticator): RequestHandler {
  return async (req, _res, next) => {
    const identity = await authenticator.authenticate({ headers: req.headers, query: req.query });
    if (!identity) throw unauthenticated();
    attachIdentity(req, identity);
    next();
  };
}

/** The HTTP application: API under /api/v1, health under /api, JSON errors everywhere. */
export function createHttpApp(deps: HttpAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Records carry their version as ETag and read models a revision ETag; hashing every body is wasted work.
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use(requestLog(deps.logger));
  // Before any router: Express's own decoding of a broken `%` escape would be a 500.
  app.use(rejectMalformedPath);
  // Every API answer, errors included; the revalidating read models set their own.
  app.use('/api/v1', noStore);

  app.use('/api', healthRouter(deps.store, deps.version));
  // Teams posts activities here with a Bot Framework token, not the tab's: the adapter checks it.
  if (deps.botRoute) app.use(deps.botRoute);
  const openApi = buildOpenApi(deps.version);
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  const api = express.Router();
  // Authentication reads headers only, so it comes first: nobody unknown gets a body parsed.
  api.use(authenticate(deps.authenticator));
  // The import takes .xlsx and CSV bodies: before the JSON-only gate.
  api.use(importRouter(deps.services.importer, deps.writeRateLimit));
  api.use(requireJson);
  api.use(express.json({ limit: deps.bodyLimitBytes, strict: true, type: 'application/json', verify: verifyUtf8 }));
  api.use(writeRateLimit(deps.writeRateLimit ?? DEFAULT_WRITE_RATE_LIMIT));
  api.use(identityRouter(deps.authenticator, deps.store));
  api.use(roadmapRouter(deps.services.roadmap, deps.services.dashboard, deps.store));
  api.use(recordsRouter(deps.services.records));
  api.use(bilanRouters(deps.services.bilan));
  api.use(campaignsRouter(deps.services.campaigns));
  api.use(proposalsRouter(deps.services.proposals));
  api.use(auditRouter(deps.services.audit));
  app.use('/api/v1', api);

  app.use(staticTab(deps.tabDir));
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
