import { randomUUID } from 'node:crypto';
import { bearerProblem } from '../auth/bearer.js';
import { handleBatch } from '../batch/batch.handler.js';
import type { EmulatorContext } from '../context.js';
import { errorResponse, throttledResponse, unexpectedResponse } from './error-response.js';
import { GraphHttpError } from './graph-error.js';
import type { GraphRequest, GraphResponse } from './graph-message.js';
import { matchRoute } from './router.js';
import { GRAPH_ROUTES } from './routes.js';

function withRequestIds(response: GraphResponse, req: GraphRequest, resourceUnits?: number): GraphResponse {
  const requestId = response.headers['request-id'] ?? randomUUID();
  response.headers['request-id'] = requestId;
  response.headers['client-request-id'] = req.headers['client-request-id'] ?? requestId;
  if (resourceUnits !== undefined) response.headers['x-ms-resource-unit'] = String(resourceUnits);
  return response;
}

/**
 * Answers one Graph request (an outer round trip, or a $batch member): route → (outer) bearer token → faults →
 * handler, counting the endpoint, throttled answers and resource units. A faulted request changes nothing.
 */
export function answerGraphRequest(req: GraphRequest, ctx: EmulatorContext, onUnexpected: (error: unknown) => void): GraphResponse {
  if (req.inner) ctx.stats.innerRequest();
  const isBatch = !req.inner && req.path === '/$batch';
  const match = isBatch ? undefined : matchRoute(req, GRAPH_ROUTES, ctx);
  const endpoint = match ? match.endpoint : `${req.method} /$batch`;
  ctx.stats.endpointHit(endpoint);
  if (!req.inner) {
    const problem = bearerProblem(req.headers['authorization'], ctx.tokens, ctx.authorityUrl);
    if (problem) return withRequestIds(errorResponse(problem), req);
  }
  const fault = ctx.faults.decide();
  if (fault) {
    ctx.stats.throttled();
    return withRequestIds(throttledResponse(fault.status, fault.retryAfterSeconds), req);
  }
  try {
    if (isBatch) {
      if (req.method !== 'POST') throw new GraphHttpError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.');
      return withRequestIds(handleBatch(req, ctx, (member) => answerGraphRequest(member, ctx, onUnexpected)), req);
    }
    if (!match || !match.ok) throw match ? match.error : new GraphHttpError(400, 'BadRequest', 'Invalid request.');
    const units = match.route.resourceUnits(req);
    ctx.stats.resourceUnits(endpoint, units);
    return withRequestIds(match.route.handle(req, match.params, ctx), req, units);
  } catch (error) {
    if (error instanceof GraphHttpError) return withRequestIds(errorResponse(error), req);
    onUnexpected(error);
    return withRequestIds(unexpectedResponse(), req);
  }
}
