import type { EmulatorContext } from '../context.js';
import { badRequest, GraphHttpError } from '../http/graph-error.js';
import { jsonResponse, type GraphRequest, type GraphResponse } from '../http/graph-message.js';
import { absoluteLink } from '../http/links.js';
import { parseItemQuery, type ItemQuery } from '../odata/query-options.js';
import { resolveList, type RouteParams } from '../handlers/resolve.js';
import { itemJson } from '../store/item-json.js';
import type { ListState, SiteState } from '../store/list.model.js';
import { decodeDeltaToken, encodeDeltaToken, type DeltaToken } from './delta-token.js';

/** Query options that delta links carry along ($expand/$select/$top), so a link is self-contained. */
function carriedOptions(req: GraphRequest): Array<[string, string]> {
  return [...req.query].filter(([key]) => ['$expand', '$select', '$top'].includes(key.toLowerCase()));
}

function deltaPath(site: SiteState, list: ListState): string {
  return `/sites/${site.id}/lists/${list.id}/items/delta`;
}

/** 410 Gone as Graph sends it when a delta token can no longer be served; Location restarts the enumeration. */
function resyncRequired(ctx: EmulatorContext, req: GraphRequest, site: SiteState, list: ListState): GraphHttpError {
  return new GraphHttpError(
    410,
    'resyncRequired',
    "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
    { headers: { Location: absoluteLink(ctx.graphBaseUrl, deltaPath(site, list), carriedOptions(req)) }, innerCode: 'resyncChangesApplyDifferences' },
  );
}

interface DeltaPage {
  value: Array<Record<string, unknown>>;
  next: DeltaToken;
  done: boolean;
}

function enumerate(site: SiteState, list: ListState, query: ItemQuery, token: Extract<DeltaToken, { mode: 'enumerate' }>, size: number): DeltaPage {
  const remaining = [...list.items.values()].filter((item) => item.id > token.afterId).sort((a, b) => a.id - b.id);
  const page = remaining.slice(0, size);
  const done = remaining.length <= size;
  const lastId = page[page.length - 1]?.id ?? token.afterId;
  return {
    value: page.map((item) => itemJson(site, list, item, query.view)),
    next: done ? { mode: 'changes', listId: list.id, since: token.since } : { ...token, afterId: lastId },
    done,
  };
}

/** One entry per recorded change, showing the item's current state: an item changed twice appears twice. */
function changes(site: SiteState, list: ListState, query: ItemQuery, token: Extract<DeltaToken, { mode: 'changes' }>, size: number): DeltaPage {
  const upTo = token.upTo ?? list.seq;
  const after = token.afterSeq ?? token.since;
  const pending = list.changes.filter((change) => change.seq > after && change.seq <= upTo);
  const page = pending.slice(0, size);
  const done = pending.length <= size;
  const value = page.map((change) => {
    const item = list.items.get(change.itemId);
    return item ? itemJson(site, list, item, query.view) : { id: String(change.itemId), deleted: { state: 'deleted' } };
  });
  const lastSeq = page[page.length - 1]?.seq ?? after;
  return {
    value,
    next: done ? { mode: 'changes', listId: list.id, since: upTo } : { mode: 'changes', listId: list.id, since: token.since, afterSeq: lastSeq, upTo },
    done,
  };
}

/** GET …/lists/{list}/items/delta[?token=latest|<token>] — pages until @odata.deltaLink. */
export function getDelta(req: GraphRequest, params: RouteParams, ctx: EmulatorContext): GraphResponse {
  const { site, list } = resolveList(ctx, params);
  const query = parseItemQuery(req.query, ['token']);
  if (query.filter || query.orderBy.length > 0 || query.skipToken) throw badRequest('$filter, $orderby and $skiptoken are not supported on delta.');
  const tokenText = req.query.get('token');
  const context = `${ctx.graphBaseUrl}/$metadata#Collection(listItem)`;
  const link = (token: DeltaToken): string => absoluteLink(ctx.graphBaseUrl, deltaPath(site, list), [...carriedOptions(req), ['token', encodeDeltaToken(token)]]);
  if (tokenText === 'latest') {
    return jsonResponse(200, { '@odata.context': context, value: [], '@odata.deltaLink': link({ mode: 'changes', listId: list.id, since: list.seq }) });
  }
  const token: DeltaToken = tokenText === null ? { mode: 'enumerate', listId: list.id, since: list.seq, afterId: 0 } : decodeDeltaToken(tokenText, list.id);
  if (tokenText !== null) {
    if (list.resyncGeneration < ctx.faults.resyncGeneration) {
      list.resyncGeneration = ctx.faults.resyncGeneration;
      throw resyncRequired(ctx, req, site, list);
    }
    if (token.since < list.trimmedThroughSeq) throw resyncRequired(ctx, req, site, list);
  }
  const size = query.top ?? ctx.pageSize;
  const page = token.mode === 'enumerate' ? enumerate(site, list, query, token, size) : changes(site, list, query, token, size);
  return jsonResponse(200, { '@odata.context': context, value: page.value, [page.done ? '@odata.deltaLink' : '@odata.nextLink']: link(page.next) });
}
