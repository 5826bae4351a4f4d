import { eq, filterParam } from '../graph/odata-filter.js';
import type { GraphTransport } from '../graph/graph-transport.js';
import type { GraphPage } from '../replica/graph-item.js';
import { SCHEMA_VERSION_KEY, SETTINGS_LIST } from '../schema/list-schema.js';
import { StoreRequestError, storeErrorOf } from '../store-errors.js';

/** A list of the site, as Graph names it. */
export interface SiteList {
  id: string;
  displayName: string;
}

/** The Graph site id of a site given by id or by URL (`https://contoso.sharepoint.com/sites/pilotage`). */
export async function resolveSiteId(transport: GraphTransport, site: string): Promise<string> {
  if (!/^https:\/\//i.test(site)) return site;
  const url = new URL(site);
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  const answer = await transport.call<{ id?: string }>({ method: 'GET', path: `/sites/${url.hostname}${path ? `:${path}` : ''}?$select=id` });
  if (answer.status !== 200 || !answer.body?.id) throw storeErrorOf(`find the site ${site}`, answer.status, answer.body);
  return answer.body.id;
}

/** Every list of the site (id and display name), following pages. */
export async function readSiteLists(transport: GraphTransport, siteId: string): Promise<SiteList[]> {
  const lists: SiteList[] = [];
  let link: string | undefined = `/sites/${siteId}/lists?$select=id,displayName`;
  while (link) {
    const answer: { status: number; body: { value?: SiteList[]; '@odata.nextLink'?: string } } = await transport.call({ method: 'GET', path: link });
    if (answer.status !== 200) throw storeErrorOf(`read the lists of site ${siteId}`, answer.status, answer.body);
    lists.push(...(answer.body.value ?? []));
    link = answer.body['@odata.nextLink'];
  }
  return lists;
}

/** The schema version recorded on the site, or undefined when none is. */
export async function readSchemaVersion(transport: GraphTransport, siteId: string, settingsListId: string): Promise<{ version?: number; itemId?: string }> {
  const answer = await transport.call<GraphPage>({
    method: 'GET',
    path: `/sites/${siteId}/lists/${settingsListId}/items?$expand=fields($select=CapId,SettingValue)&${filterParam(eq('CapId', SCHEMA_VERSION_KEY))}`,
  });
  if (answer.status !== 200) throw storeErrorOf(`read the schema version from ${SETTINGS_LIST.displayName}`, answer.status, answer.body);
  const item = answer.body.value?.[0];
  if (!item) return {};
  const version = Number(item.fields?.SettingValue);
  if (!Number.isInteger(version)) throw new StoreRequestError(`${SETTINGS_LIST.displayName}: schema version "${String(item.fields?.SettingValue)}" is not a number`);
  return { version, itemId: item.id };
}
