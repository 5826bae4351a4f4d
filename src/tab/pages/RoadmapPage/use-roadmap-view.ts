import { useCallback, useMemo, useState } from 'react';
import type { Directory } from '../../data/hooks/use-directory';
import { filterActions, filtersFromQuery, queryOfFilters, type RoadmapFilters } from '../../model/roadmap-filters';
import type { RoadmapIndex } from '../../model/roadmap-index';
import { SORT_KEYS, sortActions, type Sort, type SortKey } from '../../model/roadmap-sort';
import { buildTreeRows } from '../../model/roadmap-tree';
import { useQueryParams } from '../../router/use-location';
import type { RoadmapView } from '../../components/ViewSwitch/ViewSwitch';

/** Filters, view and sort of the roadmap page, kept in the address (so a reload or a shared link keeps them). */
export function useRoadmapView(index: RoadmapIndex | undefined, directory: Directory) {
  const [query, setQuery] = useQueryParams();
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  const view: RoadmapView = query.get('view') === 'table' ? 'table' : 'tree';
  const sortParam = query.get('sort');
  const sortKey: SortKey = (SORT_KEYS as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'due';
  const direction: Sort['direction'] = query.get('dir') === 'descending' ? 'descending' : 'ascending';
  const sort = useMemo<Sort>(() => ({ key: sortKey, direction }), [sortKey, direction]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const filtered = filters.axisId !== undefined || filters.serviceId !== undefined || filters.leadPersonId !== undefined ||
    filters.status.length > 0 || filters.weather.length > 0 || filters.late || filters.q.trim() !== '';

  const shown = useMemo(() => (index ? filterActions(index, filters) : []), [index, filters]);
  const rows = useMemo(() => (index && view === 'tree' ? buildTreeRows(index.roadmap.axes, shown, collapsed, filtered) : []), [index, view, shown, collapsed, filtered]);
  const sorted = useMemo(
    () => (view === 'table' ? sortActions(shown, sort, { service: directory.serviceName, person: directory.personName }) : []),
    [view, shown, sort, directory],
  );

  const setFilters = useCallback((next: Partial<RoadmapFilters>) => setQuery(queryOfFilters(next)), [setQuery]);
  const setView = useCallback((next: RoadmapView) => setQuery({ view: next === 'table' ? 'table' : undefined }), [setQuery]);
  const sortBy = useCallback(
    (key: SortKey) => setQuery({ sort: key, dir: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' }),
    [setQuery, sort],
  );
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const collapseAll = useCallback(() => setCollapsed(new Set(index?.roadmap.axes.map((a) => `axis:${a.id}`) ?? [])), [index]);
  const expandAll = useCallback(() => setCollapsed(new Set()), []);

  return { filters, setFilters, view, setView, sort, sortBy, shown, rows, sorted, toggle, collapseAll, expandAll };
}
