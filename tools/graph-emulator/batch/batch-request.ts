import { badRequest } from '../http/graph-error.js';
import { assertAcceptedDependencies } from './batch-dependencies.js';

export const MAX_BATCH_REQUESTS = 20;

/** One member of a JSON batch, validated. */
export interface BatchMember {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function member(raw: unknown): BatchMember {
  if (!isObject(raw)) throw badRequest('Invalid batch payload format.');
  const { id, method, url, headers, body, dependsOn } = raw;
  if (typeof id !== 'string' || id.trim() === '') throw badRequest('Invalid batch payload format: every request needs a string id.');
  if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase())) throw badRequest(`Invalid batch payload format: request '${id}' has an invalid method.`);
  if (typeof url !== 'string' || url.trim() === '') throw badRequest(`Invalid batch payload format: request '${id}' has no url.`);
  if (headers !== undefined && (!isObject(headers) || !Object.values(headers).every((v) => typeof v === 'string'))) {
    throw badRequest(`Invalid batch payload format: the headers of request '${id}' must be an object of strings.`);
  }
  if (dependsOn !== undefined && (!Array.isArray(dependsOn) || !dependsOn.every((d): d is string => typeof d === 'string'))) {
    throw badRequest(`Invalid batch payload format: dependsOn of request '${id}' must be an array of ids.`);
  }
  const lowerHeaders = Object.fromEntries(Object.entries((headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
  if (body !== undefined && lowerHeaders['content-type'] === undefined) {
    throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  return { id, method: method.toUpperCase(), url, headers: lowerHeaders, body, dependsOn: dependsOn ?? [] };
}

/** Validates a $batch body: at most 20 members, unique ids (case-insensitive), known dependsOn in a shape Graph runs. */
export function parseBatch(body: unknown): BatchMember[] {
  if (!isObject(body) || !Array.isArray(body['requests'])) throw badRequest('Invalid batch payload format.');
  const raw = body['requests'] as unknown[];
  if (raw.length === 0) throw badRequest('Invalid batch payload format: the batch holds no request.');
  if (raw.length > MAX_BATCH_REQUESTS) throw badRequest(`Invalid batch payload format: a batch holds at most ${MAX_BATCH_REQUESTS} requests, got ${raw.length}.`);
  const members = raw.map(member);
  const ids = new Set<string>();
  for (const m of members) {
    const key = m.id.toLowerCase();
    if (ids.has(key)) throw badRequest(`Batch request ids must be unique: '${m.id}' is used twice.`);
    ids.add(key);
  }
  for (const m of members) {
    const unknown = m.dependsOn.find((d) => !ids.has(d.toLowerCase()));
    if (unknown !== undefined) throw badRequest(`Request '${m.id}' depends on '${unknown}', which is not in the batch.`);
  }
  assertAcceptedDependencies(members);
  return members;
}

/** Members in an order that honours dependsOn (independent members keep their position); a cycle is a 400. */
export function executionOrder(members: BatchMember[]): BatchMember[] {
  const done = new Set<string>();
  const ordered: BatchMember[] = [];
  while (ordered.length < members.length) {
    const ready = members.find((m) => !done.has(m.id.toLowerCase()) && m.dependsOn.every((d) => done.has(d.toLowerCase())));
    if (!ready) throw badRequest('The dependsOn chains of the batch form a cycle.');
    done.add(ready.id.toLowerCase());
    ordered.push(ready);
  }
  return ordered;
}
