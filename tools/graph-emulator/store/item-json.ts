import { itemETag, type ItemState, type ListState, type SiteState } from './list.model.js';

type Json = Record<string, unknown>;

/** What a caller asked to see of items: $select on the item, $expand=fields($select=…). */
export interface ItemView {
  select?: string[];
  expandFields: boolean;
  fieldSelect?: string[];
}

const iso = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** Every field Graph returns for an item of a genericList (empty user fields are left out, as Graph does). */
export function allFields(list: ListState, item: ItemState): Json {
  const fields: Json = { '@odata.etag': itemETag(item) };
  for (const column of list.columns) {
    const value = item.fields.get(column.name);
    if (value !== undefined) fields[column.name] = value;
  }
  const title = item.fields.get('Title');
  Object.assign(fields, {
    id: String(item.id),
    ContentType: 'Item',
    Modified: iso(item.modified),
    Created: iso(item.created),
    AuthorLookupId: String(item.createdBy.lookupId),
    EditorLookupId: String(item.modifiedBy.lookupId),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title ?? '',
    LinkTitle: title ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  });
  return fields;
}

/** The fields object, restricted to `$select` names when given (unknown names are silently skipped). */
export function fieldsJson(list: ListState, item: ItemState, fieldSelect?: string[]): Json {
  const all = allFields(list, item);
  if (!fieldSelect) return all;
  const picked: Json = { '@odata.etag': all['@odata.etag'] };
  for (const wanted of fieldSelect) {
    const key = Object.keys(all).find((k) => k === wanted) ?? Object.keys(all).find((k) => k.toLowerCase() === wanted.toLowerCase());
    if (key !== undefined) picked[key] = all[key];
  }
  return picked;
}

/** A listItem as Graph returns it. */
export function itemJson(site: SiteState, list: ListState, item: ItemState, view: ItemView): Json {
  const eTag = itemETag(item);
  const full: Json = {
    '@odata.etag': eTag,
    createdDateTime: iso(item.created),
    eTag,
    id: String(item.id),
    lastModifiedDateTime: iso(item.modified),
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}/${item.id}_.000`,
    createdBy: item.createdBy.identity,
    lastModifiedBy: item.modifiedBy.identity,
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const result: Json = {};
  if (view.select) {
    result['@odata.etag'] = eTag;
    for (const key of view.select) if (key in full) result[key] = full[key];
    if (!('id' in result)) result['id'] = full['id'];
  } else {
    Object.assign(result, full);
  }
  if (view.expandFields) result['fields'] = fieldsJson(list, item, view.fieldSelect);
  return result;
}
