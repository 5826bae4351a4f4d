import type { EmulatorContext } from '../context.js';
import { errorResponse } from '../http/error-response.js';
import { GraphHttpError, graphErrorBody } from '../http/graph-error.js';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { executionOrder, parseBatch, type BatchMember } from './batch-request.js';

type Answer = (request: GraphRequest) => GraphResponse;

interface BatchResponseEntry {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Turns a member's relative url into an inner request; a version prefix is refused as Graph refuses it. */
function innerRequest(member: BatchMember): GraphRequest | GraphHttpError {
  if (/^https?:/i.test(member.url)) return new GraphHttpError(400, 'BadRequest', 'Invalid request URL: batch members must use relative URLs.');
  const relative = member.url.startsWith('/') ? member.url : `/${member.url}`;
  const [path = '/', queryText = ''] = relative.split(/\?(.*)/s);
  const first = path.split('/').filter(Boolean)[0] ?? '';
  if (/^(v1\.0|beta)$/i.test(first)) return new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${first}'.`);
  return { method: member.method, path, query: new URLSearchParams(queryText), headers: member.headers, body: member.body, inner: true };
}

function failedDependency(member: BatchMember, dependency: string): BatchResponseEntry {
  return {
    id: member.id,
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: graphErrorBody('FailedDependency', `The request '${member.id}' was not run because the request '${dependency}' it depends on failed.`),
  };
}

/** POST /$batch: validates, runs members in dependsOn order, each throttled on its own; answers 200 in shuffled order. */
export function handleBatch(req: GraphRequest, ctx: EmulatorContext, answer: Answer): GraphResponse {
  const members = parseBatch(req.body);
  const statusById = new Map<string, number>();
  const entries: BatchResponseEntry[] = [];
  for (const member of executionOrder(members)) {
    const failed = member.dependsOn.find((d) => (statusById.get(d.toLowerCase()) ?? 0) >= 400);
    let entry: BatchResponseEntry;
    if (failed !== undefined) {
      ctx.stats.innerRequest();
      entry = failedDependency(member, failed);
    } else {
      const inner = innerRequest(member);
      let response: GraphResponse;
      if (inner instanceof GraphHttpError) {
        ctx.stats.innerRequest();
        response = errorResponse(inner);
      } else {
        response = answer(inner);
      }
      entry = { id: member.id, status: response.status, headers: response.headers, ...(response.body !== undefined ? { body: response.body } : {}) };
    }
    statusById.set(member.id.toLowerCase(), entry.status);
    entries.push(entry);
  }
  return jsonResponse(200, { responses: ctx.faults.shuffle(entries) });
}
