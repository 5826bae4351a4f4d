import type { EmulatorContext } from '../context.js';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { columnJson } from '../store/column-json.js';
import { addColumn, findColumn, patchColumn } from '../store/list-operations.js';
import { resolveList, type RouteParams } from './resolve.js';

/** GET …/lists/{list}/columns. */
export function getColumns(_req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list } = resolveList(ctx, params);
  return jsonResponse(200, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`, value: list.columns.map(columnJson) });
}

/** GET …/columns/{column id or name}. */
export function getColumn(_req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list } = resolveList(ctx, params);
  return jsonResponse(200, columnJson(findColumn(list, params['column'] ?? '')));
}

/** POST …/columns → 201. */
export function postColumn(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list } = resolveList(ctx, params);
  return jsonResponse(201, columnJson(addColumn(list, req.body, ctx.clock())));
}

/** PATCH …/columns/{column} (indexed, required, enforceUniqueValues, texts, type settings). */
export function patchColumnHandler(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list } = resolveList(ctx, params);
  const column = findColumn(list, params['column'] ?? '');
  return jsonResponse(200, columnJson(patchColumn(list, column, req.body, ctx.clock())));
}
