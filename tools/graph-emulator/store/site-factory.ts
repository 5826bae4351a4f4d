import { createHash, randomUUID } from 'node:crypto';
import { builtInColumns } from './column.model.js';
import type { ListState, SiteState } from './list.model.js';

/** A GUID derived from text, so a CLI restart keeps the same site id. */
function stableGuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A list with the built-in columns of its template. */
export function newList(displayName: string, template: string, now: Date): ListState {
  return {
    id: randomUUID(),
    name: listUrlName(displayName),
    displayName,
    description: '',
    template,
    created: now,
    modified: now,
    columns: builtInColumns(randomUUID),
    items: new Map(),
    nextItemId: 1,
    changes: [],
    seq: 0,
    trimmedThroughSeq: 0,
    resyncGeneration: 0,
  };
}

/** SharePoint derives the list's URL name from its title. */
export function listUrlName(displayName: string): string {
  const stripped = displayName.replace(/[^A-Za-z0-9_-]/g, '');
  return stripped.length > 0 ? stripped : 'List';
}

/** The emulated site: a team site with its default document library. */
export function newSite(hostname: string, path: string, now: Date): SiteState {
  const id = `${hostname},${stableGuid(`site:${hostname}${path}`)},${stableGuid(`web:${hostname}${path}`)}`;
  const lastSegment = path.split('/').filter(Boolean).pop() ?? hostname;
  const site: SiteState = { id, hostname, path, displayName: lastSegment, webUrl: `https://${hostname}${path}`, created: now, lists: new Map() };
  const documents = newList('Documents', 'documentLibrary', now);
  documents.name = 'Shared Documents';
  site.lists.set(documents.id, documents);
  return site;
}
