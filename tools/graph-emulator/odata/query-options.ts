import { badRequest } from '../http/graph-error.js';
import type { ItemView } from '../store/item-json.js';
import type { FilterNode } from './filter-ast.js';
import { parseFilter } from './filter-parser.js';

/** The largest page the emulator hands out, whatever $top asks (Graph documents no maximum: follow nextLink). */
export const MAX_PAGE_SIZE = 2000;

export interface OrderKey {
  path: string;
  descending: boolean;
}

export interface ItemQuery {
  view: ItemView;
  top?: number;
  filter?: FilterNode;
  orderBy: OrderKey[];
  skipToken?: string;
}

/** Splits "a,b(c,d),e" on the commas that are not inside parentheses. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { parts.push(current.trim()); current = ''; continue; }
    current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

const ITEM_PROPERTIES = ['id', 'eTag', 'createdDateTime', 'lastModifiedDateTime', 'createdBy', 'lastModifiedBy', 'webUrl', 'parentReference', 'contentType', 'fields', 'sharepointIds'];

function parseExpand(raw: string): Pick<ItemView, 'expandFields' | 'fieldSelect'> {
  let expandFields = false;
  let fieldSelect: string[] | undefined;
  for (const part of splitTopLevel(raw)) {
    const match = /^(\w+)(?:\((.*)\))?$/s.exec(part);
    if (!match || match[1] !== 'fields') {
      throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${match?.[1] ?? part}' on type 'microsoft.graph.listItem'.`);
    }
    expandFields = true;
    const options = match[2];
    if (options !== undefined && options.trim() !== '') {
      const select = /^\$?select=(.*)$/s.exec(options.trim());
      if (!select) throw badRequest(`Parsing OData Select and Expand failed: only $select is supported inside fields(…), got '${options}'.`);
      fieldSelect = (select[1] ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    }
  }
  return { expandFields, fieldSelect };
}

function parseTop(raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw badRequest(`Invalid value '${raw}' for $top: a positive integer is expected.`);
  return Math.min(Number(raw), MAX_PAGE_SIZE);
}

function parseOrderBy(raw: string): OrderKey[] {
  return raw.split(',').map((part) => {
    const match = /^\s*([A-Za-z_][\w./]*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match) throw badRequest(`Invalid $orderby expression '${part.trim()}'.`);
    return { path: match[1] as string, descending: (match[2] ?? 'asc').toLowerCase() === 'desc' };
  });
}

/** Reads the OData options of an items (or delta) request; `extra` lists non-$ parameters the endpoint accepts. */
export function parseItemQuery(query: URLSearchParams, extra: string[] = []): ItemQuery {
  const result: ItemQuery = { view: { expandFields: false }, orderBy: [] };
  for (const [key, value] of query) {
    switch (key.toLowerCase()) {
      case '$expand': Object.assign(result.view, parseExpand(value)); break;
      case '$select': {
        const select = value.split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = select.find((name) => !ITEM_PROPERTIES.includes(name));
        if (unknown) throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.listItem'.`);
        result.view.select = select.filter((name) => name !== 'fields');
        if (select.includes('fields')) result.view.expandFields = true;
        break;
      }
      case '$top': result.top = parseTop(value); break;
      case '$filter': result.filter = parseFilter(value); break;
      case '$orderby': result.orderBy = parseOrderBy(value); break;
      case '$skiptoken': result.skipToken = value; break;
      case '$skip': throw badRequest('$skip is not supported on this API. Only URLs returned by the API can be used to page.');
      default:
        if (key.startsWith('$')) throw badRequest(`Query option '${key}' is not supported on list items.`);
        if (!extra.includes(key)) throw badRequest(`Unknown query parameter '${key}'.`);
    }
  }
  return result;
}
