import type { ConnectorContext, ConnectorResult } from '../context.js';
import type { CallOutcome, ConnectorOperation } from '../types.js';
import { ConnectorHttpError, faultError, teamsError, throttled, unauthorized } from './connector-error.js';
import { matchRoute } from './routes.js';
import { callTargets } from './targets.js';

/** Whether an `Authorization` header carries a valid bot token (only asked when the fake requires one). */
export type BotTokenCheck = (authorization: string | undefined) => Promise<boolean>;

export interface ConnectorCall {
  method: string;
  /** Path after the service URL, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  rawBody: string;
  authorization?: string;
}

export interface ConnectorAnswer {
  status: number;
  body?: unknown;
  headers: Record<string, string>;
}

const answerOf = (error: ConnectorHttpError): ConnectorResult => ({ status: error.status, body: error.body, headers: error.headers });

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw teamsError(400, 'BadSyntax', 'The request body is not valid JSON.');
  }
}

/**
 * One connector call, in Teams' order: bot token, fault injection (one-shot, then seeded), the tenant's global
 * rate, then the operation itself (which applies the per-thread limits). Every call is recorded with its answer.
 */
export async function answerConnectorCall(call: ConnectorCall, ctx: ConnectorContext, checkToken?: BotTokenCheck): Promise<ConnectorAnswer> {
  const at = ctx.clock();
  const match = matchRoute(call.method, call.path);
  let operation: ConnectorOperation = 'unknown';
  let outcome: CallOutcome = 'processed';
  let body: unknown;
  let result: ConnectorResult;
  try {
    if (!match.route) throw teamsError(404, 'NotFound', `No Bot Connector API at ${call.method} ${match.path}.`);
    const route = match.route;
    operation = route.operation;
    if (checkToken && !(await checkToken(call.authorization))) {
      outcome = 'unauthorized';
      throw unauthorized();
    }
    body = parseBody(call.rawBody);
    const targets = callTargets(ctx, match.params, body);
    const fault = ctx.faults.decide(targets.ids);
    if (fault && !fault.deliveredAnyway) {
      outcome = fault.source === 'random' ? 'random-fault' : 'injected-fault';
      throw faultError(fault.status, fault.retryAfterSeconds);
    }
    const tenant = ctx.limits.acquireTenant(targets.tenantId);
    if (!tenant.ok) {
      outcome = 'rate-limited';
      throw throttled(tenant.retryAfterSeconds);
    }
    result = { userId: targets.userId, conversationId: targets.conversationId, ...route.handle({ method: call.method, path: match.path, params: match.params, query: call.query, body }, ctx) };
    if (fault?.deliveredAnyway && result.status < 300) {
      outcome = 'injected-fault';
      result = { ...result, ...answerOf(faultError(fault.status, fault.retryAfterSeconds)) };
    }
  } catch (error) {
    if (!(error instanceof ConnectorHttpError)) throw error;
    if (error.status === 429 && outcome === 'processed') outcome = 'rate-limited';
    const targets = match.route ? callTargets(ctx, match.params, body) : undefined;
    result = { ...answerOf(error), userId: targets?.userId, conversationId: targets?.conversationId };
  }
  const retryAfter = result.headers?.['Retry-After'];
  ctx.recorder.call({
    at,
    method: call.method,
    path: match.path,
    operation,
    conversationId: result.conversationId,
    activityId: result.activityId ?? (match.route ? match.params['activityId'] : undefined),
    userId: result.userId,
    body,
    status: result.status,
    outcome,
    retryAfterSeconds: retryAfter === undefined ? undefined : Number(retryAfter),
  });
  return { status: result.status, body: result.body, headers: result.headers ?? {} };
}
