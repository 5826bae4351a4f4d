import type { EmulatorContext } from '../context.js';
import type { RouteParams } from '../handlers/resolve.js';
import { GraphHttpError, badRequest, itemNotFound } from './graph-error.js';
import type { GraphRequest, GraphResponse } from './graph-message.js';

export interface RouteDefinition {
  method: string;
  /** e.g. "/sites/{site}/lists/{list}/items"; also the stats key with the method. */
  template: string;
  /** SharePoint resource units this call costs. */
  resourceUnits: (req: GraphRequest) => number;
  handle: (req: GraphRequest, params: RouteParams, ctx: EmulatorContext) => GraphResponse;
}

export type RouteMatch =
  | { ok: true; route: RouteDefinition; params: RouteParams; endpoint: string }
  | { ok: false; endpoint: string; error: GraphHttpError };

const SITE_ADDRESS = /^\/sites\/([^/:]+):(\/[^:]*?)\/?(?::(\/.*)?)?$/;

/**
 * Rewrites /sites/{hostname}:/{server-relative-path}[:/rest] into /sites/{site-id}/rest.
 * Paths in any other form are returned unchanged.
 */
function rewriteSiteAddress(path: string, ctx: EmulatorContext): { path: string; addressed: boolean } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw badRequest('The request URL is not correctly percent-encoded.');
  }
  const match = SITE_ADDRESS.exec(decoded);
  if (!match) return { path, addressed: false };
  const [, hostname = '', sitePath = '', rest = ''] = match;
  const sameSite = hostname.toLowerCase() === ctx.site.hostname.toLowerCase() && sitePath.replace(/\/$/, '').toLowerCase() === ctx.site.path.toLowerCase();
  if (!sameSite) throw itemNotFound('Requested site could not be found');
  return { path: `/sites/${encodeURIComponent(ctx.site.id)}${rest}`, addressed: true };
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function matchTemplate(template: string, segments: string[]): { params: RouteParams; literals: number } | { prefix: number } {
  const parts = template.split('/').filter(Boolean);
  const params: RouteParams = {};
  let literals = 0;
  for (let i = 0; i < Math.max(parts.length, segments.length); i++) {
    const part = parts[i];
    const segment = segments[i];
    if (part === undefined || segment === undefined) return { prefix: i };
    if (part.startsWith('{')) params[part.slice(1, -1)] = segment;
    else if (part === segment) literals++;
    else return { prefix: i };
  }
  return { params, literals };
}

/** Finds the route of a request; literal segments beat parameters (items/delta before items/{item}). */
export function matchRoute(req: GraphRequest, routes: RouteDefinition[], ctx: EmulatorContext): RouteMatch {
  let rewritten: { path: string; addressed: boolean };
  try {
    rewritten = rewriteSiteAddress(req.path, ctx);
  } catch (error) {
    if (error instanceof GraphHttpError) return { ok: false, endpoint: `${req.method} /sites/{hostname}:/{path}`, error };
    throw error;
  }
  const segments = segmentsOf(rewritten.path);
  let best: { route: RouteDefinition; params: RouteParams; literals: number } | undefined;
  let methodMismatch = false;
  let longestPrefix = 0;
  for (const route of routes) {
    const result = matchTemplate(route.template, segments);
    if ('prefix' in result) { longestPrefix = Math.max(longestPrefix, result.prefix); continue; }
    if (route.method !== req.method) { methodMismatch = true; continue; }
    if (!best || result.literals > best.literals) best = { route, params: result.params, literals: result.literals };
  }
  if (best) {
    const template = rewritten.addressed ? best.route.template.replace('/sites/{site}', '/sites/{hostname}:/{path}') : best.route.template;
    return { ok: true, route: best.route, params: best.params, endpoint: `${req.method} ${template}` };
  }
  if (methodMismatch) {
    return { ok: false, endpoint: `${req.method} (method not allowed)`, error: new GraphHttpError(405, 'BadRequest', 'Specified HTTP method is not allowed for the request target.') };
  }
  const segment = segments[longestPrefix] ?? segments[segments.length - 1] ?? '';
  return { ok: false, endpoint: `${req.method} (unknown)`, error: badRequest(`Resource not found for the segment '${segment}'.`) };
}
