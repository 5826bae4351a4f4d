import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { aadError } from '../auth/aad-error.js';
import { instanceDiscovery, openIdConfiguration } from '../auth/authority-metadata.js';
import { answerTokenRequest, type TokenEndpointConfig } from '../auth/token-endpoint.js';
import type { EmulatorContext } from '../context.js';
import { answerAdmin } from './admin.handler.js';
import { errorResponse } from './error-response.js';
import { badRequest, GraphHttpError } from './graph-error.js';
import type { GraphRequest } from './graph-message.js';
import { answerGraphRequest } from './graph-pipeline.js';
import { headerMap, readBody, send } from './node-io.js';

export interface ServerSettings extends TokenEndpointConfig {
  baseUrl: () => string;
  onUnexpected: (error: unknown) => void;
}

const JSON_PAYLOAD_ERROR = 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

function parseJsonBody(raw: string, contentType: string | undefined): unknown {
  if (raw.trim() === '') return undefined;
  if (!(contentType ?? '').toLowerCase().includes('application/json')) throw badRequest(JSON_PAYLOAD_ERROR);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw badRequest(JSON_PAYLOAD_ERROR);
  }
}

async function answerGraph(req: IncomingMessage, res: ServerResponse, url: URL, raw: string, ctx: EmulatorContext, settings: ServerSettings): Promise<void> {
  ctx.stats.roundTrip();
  if (ctx.faults.latencyMs > 0) await delay(ctx.faults.latencyMs);
  const headers = headerMap(req);
  let body: unknown;
  try {
    body = parseJsonBody(raw, headers['content-type']);
  } catch (error) {
    const response = errorResponse(error as GraphHttpError);
    send(res, response.status, response.headers, response.body);
    return;
  }
  const request: GraphRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname.slice('/v1.0'.length) || '/',
    query: url.searchParams,
    headers,
    body,
    inner: false,
  };
  const response = answerGraphRequest(request, ctx, settings.onUnexpected);
  send(res, response.status, response.headers, response.body);
}

/** The https request listener: /_emulator, the fake Entra endpoints, then Graph under /v1.0. */
export function createRequestListener(ctx: EmulatorContext, settings: ServerSettings): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', settings.baseUrl());
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (raw === undefined) {
      send(res, 413, {}, { error: { code: 'RequestEntityTooLarge', message: 'The request body is too large.' } });
      return;
    }
    const path = url.pathname;
    if (path.startsWith('/_emulator/')) {
      const answer = answerAdmin(method, path, raw, ctx);
      send(res, answer.status, {}, answer.body);
      return;
    }
    if (path === '/v1.0' || path.startsWith('/v1.0/')) {
      await answerGraph(req, res, url, raw, ctx, settings);
      return;
    }
    const tenantRoute = /^\/([^/]+)\/(oauth2\/v2\.0\/token|v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|discovery\/instance)$/.exec(path);
    if (tenantRoute) {
      const [, tenant = '', endpoint = ''] = tenantRoute;
      ctx.stats.roundTrip();
      const template = endpoint === 'oauth2/v2.0/token' ? `${method} /{tenant}/oauth2/v2.0/token` : `${method} /{tenant}/${endpoint}`;
      ctx.stats.endpointHit(template);
      if (endpoint === 'oauth2/v2.0/token' && method === 'POST') {
        const answer = answerTokenRequest(tenant, req.headers['content-type'], raw, settings, ctx.tokens);
        if (answer.status === 200) ctx.stats.tokenIssued();
        send(res, answer.status, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' }, answer.body);
        return;
      }
      if (method === 'GET' && tenant.toLowerCase() !== settings.tenantId.toLowerCase() && tenant !== 'common') {
        const unknownTenant = aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
        send(res, unknownTenant.status, {}, unknownTenant.body);
        return;
      }
      if (method === 'GET' && endpoint === 'v2.0/.well-known/openid-configuration') {
        send(res, 200, {}, openIdConfiguration(settings.baseUrl(), tenant));
        return;
      }
      if (method === 'GET' && endpoint === 'discovery/instance') {
        send(res, 200, {}, instanceDiscovery(settings.baseUrl(), settings.tenantId));
        return;
      }
      if (method === 'GET' && endpoint === 'discovery/v2.0/keys') {
        send(res, 200, {}, { keys: [] });
        return;
      }
    }
    const response = errorResponse(new GraphHttpError(404, 'itemNotFound', `No resource at ${method} ${path}. Graph lives under /v1.0.`));
    send(res, response.status, response.headers, response.body);
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      settings.onUnexpected(error);
      if (!res.headersSent) send(res, 500, {}, { error: { code: 'generalException', message: 'An unspecified error has occurred.' } });
      else res.destroy();
    });
  };
}
