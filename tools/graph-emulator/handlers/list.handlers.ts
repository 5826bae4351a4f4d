import type { EmulatorContext } from '../context.js';
import { badRequest } from '../http/graph-error.js';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { compileFilter } from '../odata/filter-eval.js';
import { parseFilter } from '../odata/filter-parser.js';
import type { BoundProperty } from '../odata/typed-values.js';
import { columnJson } from '../store/column-json.js';
import type { ListState, SiteState } from '../store/list.model.js';
import { createList } from '../store/list-operations.js';
import { resolveList, resolveSite, type RouteParams } from './resolve.js';
import { listJson } from './site-json.js';

const LIST_PROPERTIES: Record<string, (list: ListState) => string> = {
  displayName: (list) => list.displayName,
  name: (list) => list.name,
  id: (list) => list.id,
  description: (list) => list.description,
  'list/template': (list) => list.template,
};

function bindListProperty(path: string): BoundProperty<ListState> {
  const read = LIST_PROPERTIES[path];
  if (!read) throw badRequest(`Invalid filter clause: Could not find a property named '${path}' on type 'microsoft.graph.list'.`);
  return { kind: 'text', read };
}

function wantsColumns(query: URLSearchParams): boolean {
  const expand = query.get('$expand');
  if (expand === null) return false;
  if (expand.trim() !== 'columns') throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${expand}' on type 'microsoft.graph.list'.`);
  return true;
}

function listWithColumns(site: SiteState, list: ListState, columns: boolean): Record<string, unknown> {
  return { ...listJson(site, list), ...(columns ? { columns: list.columns.map(columnJson) } : {}) };
}

/** GET /sites/{site}/lists with $filter (displayName eq '…', startswith…) and $expand=columns. */
export function getLists(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const site = resolveSite(ctx, params);
  const filterText = req.query.get('$filter');
  const predicate = filterText ? compileFilter(parseFilter(filterText), bindListProperty) : () => true;
  const columns = wantsColumns(req.query);
  const value = [...site.lists.values()].filter(predicate).map((list) => listWithColumns(site, list, columns));
  return jsonResponse(200, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists`, value });
}

/** GET /sites/{site}/lists/{list-id or title}. */
export function getList(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list } = resolveList(ctx, params);
  return jsonResponse(200, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists/$entity`, ...listWithColumns(site, list, wantsColumns(req.query)) });
}

/** POST /sites/{site}/lists → 201. */
export function postList(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const site = resolveSite(ctx, params);
  const list = createList(site, req.body, ctx.clock());
  const location = `${ctx.graphBaseUrl}/sites/${site.id}/lists/${list.id}`;
  return jsonResponse(201, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists/$entity`, ...listJson(site, list) }, { Location: location });
}
