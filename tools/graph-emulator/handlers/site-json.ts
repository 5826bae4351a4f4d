import type { ListState, SiteState } from '../store/list.model.js';

const iso = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

export function siteJson(site: SiteState): Record<string, unknown> {
  return {
    createdDateTime: iso(site.created),
    description: '',
    id: site.id,
    lastModifiedDateTime: iso(site.created),
    name: site.displayName,
    webUrl: site.webUrl,
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function listJson(site: SiteState, list: ListState): Record<string, unknown> {
  const eTag = `"${list.id},${list.columns.length}"`;
  return {
    '@odata.etag': eTag,
    createdDateTime: iso(list.created),
    description: list.description,
    eTag,
    id: list.id,
    lastModifiedDateTime: iso(list.modified),
    name: list.name,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}`,
    displayName: list.displayName,
    createdBy: { user: { displayName: 'System Account' } },
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}
