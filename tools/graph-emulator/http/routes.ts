import { getDelta } from '../delta/delta.handler.js';
import { getColumn, getColumns, patchColumnHandler, postColumn } from '../handlers/column.handlers.js';
import { deleteItemHandler, getItem, getItemFields, getItems, patchItemFields, postItem } from '../handlers/item.handlers.js';
import { getList, getLists, postList } from '../handlers/list.handlers.js';
import { getSite } from '../handlers/site.handlers.js';
import type { RouteDefinition } from './router.js';

/** SharePoint resource units (platform.md §5): 1 for a single-item read or a delta with token, 2 otherwise. */
const ONE = (): number => 1;
const TWO = (): number => 2;

export const GRAPH_ROUTES: RouteDefinition[] = [
  { method: 'GET', template: '/sites/{site}', resourceUnits: ONE, handle: getSite },
  { method: 'GET', template: '/sites/{site}/lists', resourceUnits: TWO, handle: getLists },
  { method: 'POST', template: '/sites/{site}/lists', resourceUnits: TWO, handle: postList },
  { method: 'GET', template: '/sites/{site}/lists/{list}', resourceUnits: ONE, handle: getList },
  { method: 'GET', template: '/sites/{site}/lists/{list}/columns', resourceUnits: TWO, handle: getColumns },
  { method: 'POST', template: '/sites/{site}/lists/{list}/columns', resourceUnits: TWO, handle: postColumn },
  { method: 'GET', template: '/sites/{site}/lists/{list}/columns/{column}', resourceUnits: ONE, handle: getColumn },
  { method: 'PATCH', template: '/sites/{site}/lists/{list}/columns/{column}', resourceUnits: TWO, handle: patchColumnHandler },
  { method: 'GET', template: '/sites/{site}/lists/{list}/items', resourceUnits: TWO, handle: getItems },
  { method: 'POST', template: '/sites/{site}/lists/{list}/items', resourceUnits: TWO, handle: postItem },
  { method: 'GET', template: '/sites/{site}/lists/{list}/items/delta', resourceUnits: (req) => (req.query.has('token') ? 1 : 2), handle: getDelta },
  { method: 'GET', template: '/sites/{site}/lists/{list}/items/{item}', resourceUnits: ONE, handle: getItem },
  { method: 'DELETE', template: '/sites/{site}/lists/{list}/items/{item}', resourceUnits: TWO, handle: deleteItemHandler },
  { method: 'GET', template: '/sites/{site}/lists/{list}/items/{item}/fields', resourceUnits: ONE, handle: getItemFields },
  { method: 'PATCH', template: '/sites/{site}/lists/{list}/items/{item}/fields', resourceUnits: TWO, handle: patchItemFields },
];
