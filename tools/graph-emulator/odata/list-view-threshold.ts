import { GraphHttpError } from '../http/graph-error.js';
import type { ItemState, ListState } from '../store/list.model.js';
import type { FilterNode } from './filter-ast.js';
import { compileFilter } from './filter-eval.js';
import type { BoundProperty } from './typed-values.js';

/** SharePoint Online's list view threshold: it is fixed at 5,000 items and no tenant setting raises it. */
export const LIST_VIEW_THRESHOLD = 5000;

/**
 * What Graph answers when SharePoint refuses a query on a large list (SPQueryThrottledException underneath): 422
 * `notSupported` "The request is unprocessable because it uses too many resources", innerError `tooManyResources`.
 * Sources: UiPath's SharePoint activities documentation quotes this body for an OData filter on a list over 5,000
 * items (docs.uipath.com/activities/other/latest/productivity/working-with-sharepoint-lists); the status is 422
 * (microsoftgraph/microsoft-graph-docs#13611). Older reports saw 429 `throttledRequest` for the same cause
 * (microsoftgraph/msgraph-sdk-dotnet#827, #703; microsoft-graph-docs#8450); SharePoint's own REST API answers 500
 * `Microsoft.SharePoint.SPQueryThrottledException` (pnp/pnpjs#3149). Either way, sending it again never helps.
 */
export function listViewThresholdExceeded(): GraphHttpError {
  return new GraphHttpError(422, 'notSupported', 'The request is unprocessable because it uses too many resources', { innerCode: 'tooManyResources' });
}

/** The clause SharePoint narrows with first: the leftmost operand of an AND chain (an OR counts as one clause). */
function leadingClause(node: FilterNode): FilterNode {
  return node.kind === 'and' ? leadingClause(node.left) : node;
}

function paths(node: FilterNode): string[] {
  return node.kind === 'compare' || node.kind === 'startswith' ? [node.path] : [...paths(node.left), ...paths(node.right)];
}

/**
 * Refuses, on a list holding more than `threshold` items, a query SharePoint would have to scan the list for:
 * a filter whose first clause is on a column that is not indexed (Prefer: HonorNonIndexedQueriesWarningMayFailRandomly
 * lets it through on small lists only) or still matches more than `threshold` items ($top does not help: the scan
 * happens before paging), and an $orderby that no such narrowing filter precedes or that names a column not indexed
 * (even `ID desc` on a 15,000-item list is refused: microsoft-graph-docs#8450). Plain paging is always allowed.
 */
export function assertUnderListViewThreshold(
  list: ListState,
  filter: FilterNode | undefined,
  orderBy: readonly string[],
  bind: (path: string) => BoundProperty<ItemState>,
  threshold: number,
): void {
  if (list.items.size <= threshold) return;
  const indexed = (path: string): boolean => {
    const column = list.columns.find((c) => `fields/${c.name}` === path);
    return column !== undefined && (column.indexed || column.name === 'ID');
  };
  if (!orderBy.every(indexed)) throw listViewThresholdExceeded();
  if (filter === undefined) {
    if (orderBy.length > 0) throw listViewThresholdExceeded();
    return;
  }
  const leading = leadingClause(filter);
  if (!paths(leading).every(indexed)) throw listViewThresholdExceeded();
  const matches = compileFilter(leading, bind);
  let count = 0;
  for (const item of list.items.values()) {
    if (matches(item) && ++count > threshold) throw listViewThresholdExceeded();
  }
}
