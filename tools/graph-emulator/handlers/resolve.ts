import type { EmulatorContext } from '../context.js';
import { itemNotFound } from '../http/graph-error.js';
import { findItem } from '../store/item-operations.js';
import type { ItemState, ListState, SiteState } from '../store/list.model.js';
import { findList } from '../store/list-operations.js';

export type RouteParams = Record<string, string>;

/** The {site} segment: the full "hostname,siteGuid,webGuid" id (case-insensitive). */
export function resolveSite(ctx: EmulatorContext, params: RouteParams): SiteState {
  const wanted = (params['site'] ?? '').toLowerCase();
  if (wanted === ctx.site.id.toLowerCase()) return ctx.site;
  throw itemNotFound('Requested site could not be found');
}

export function resolveList(ctx: EmulatorContext, params: RouteParams): { site: SiteState; list: ListState } {
  const site = resolveSite(ctx, params);
  return { site, list: findList(site, params['list'] ?? '') };
}

export function resolveItem(ctx: EmulatorContext, params: RouteParams): { site: SiteState; list: ListState; item: ItemState } {
  const { site, list } = resolveList(ctx, params);
  return { site, list, item: findItem(list, params['item'] ?? '') };
}
