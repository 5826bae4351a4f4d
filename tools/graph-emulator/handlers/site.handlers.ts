import type { EmulatorContext } from '../context.js';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { resolveSite, type RouteParams } from './resolve.js';
import { siteJson } from './site-json.js';

/** GET /sites/{site} (and the /sites/{hostname}:/{path} address form, rewritten by the router). */
export function getSite(_req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const site = resolveSite(ctx, params);
  return jsonResponse(200, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites/$entity`, ...siteJson(site) });
}
