import type { EmulatorContext } from '../context.js';
import { badRequest } from '../http/graph-error.js';
import { jsonResponse, noContent, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { absoluteLink, paramsWithout } from '../http/links.js';
import { queryItems } from '../odata/item-query.js';
import { parseItemQuery } from '../odata/query-options.js';
import { fieldsJson, itemJson } from '../store/item-json.js';
import { createItem, deleteItem, updateItemFields } from '../store/item-operations.js';
import { resolveItem, resolveList, type RouteParams } from './resolve.js';

/** GET …/items with $expand=fields($select=…), $select, $filter, $orderby, $top and $skiptoken paging. */
export function getItems(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list } = resolveList(ctx, params);
  const query = parseItemQuery(req.query);
  const page = queryItems(list, query, req.headers['prefer'], ctx.pageSize, ctx.listViewThreshold);
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value: page.items.map((item) => itemJson(site, list, item, query.view)),
  };
  if (page.nextSkipToken) {
    body['@odata.nextLink'] = absoluteLink(ctx.graphBaseUrl, req.path, [...paramsWithout(req.query, ['$skiptoken']), ['$skiptoken', page.nextSkipToken]]);
  }
  return jsonResponse(200, body);
}

/** GET …/items/{id}; fields only with $expand=fields. */
export function getItem(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list, item } = resolveItem(ctx, params);
  const query = parseItemQuery(req.query);
  if (query.filter || query.orderBy.length > 0 || query.top !== undefined) throw badRequest('$filter, $orderby and $top do not apply to a single item.');
  return jsonResponse(200, { '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`, ...itemJson(site, list, item, query.view) });
}

/** GET …/items/{id}/fields. */
export function getItemFields(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list, item } = resolveItem(ctx, params);
  const select = req.query.get('$select');
  return jsonResponse(200, fieldsJson(list, item, select ? select.split(',').map((s) => s.trim()) : undefined));
}

/** POST …/items { fields } → 201 with the item and all its fields. */
export function postItem(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list } = resolveList(ctx, params);
  const item = createItem(list, req.body, ctx.appActor, ctx.clock());
  return jsonResponse(201, {
    '@odata.context': `${ctx.graphBaseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`,
    ...itemJson(site, list, item, { expandFields: true }),
  }, { Location: `${ctx.graphBaseUrl}/sites/${site.id}/lists/${list.id}/items/${item.id}` });
}

/** PATCH …/items/{id}/fields with optional If-Match → 200 with all fields. */
export function patchItemFields(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list, item } = resolveItem(ctx, params);
  const updated = updateItemFields(list, item, req.body, ctx.appActor, ctx.clock(), req.headers['if-match']);
  return jsonResponse(200, fieldsJson(list, updated));
}

/** DELETE …/items/{id} with optional If-Match → 204. */
export function deleteItemHandler(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { list, item } = resolveItem(ctx, params);
  deleteItem(list, item, req.headers['if-match']);
  return noContent();
}
