import { ACTION_STATUSES, WEATHERS, type ActionStatus, type Weather } from '../api/enums';
import { foldText } from './fold-text';
import type { IndexedAction, RoadmapIndex } from './roadmap-index';

/** The filters of the roadmap page (all optional, combined with AND). */
export interface RoadmapFilters {
  axisId?: string;
  serviceId?: string;
  leadPersonId?: string;
  status: ActionStatus[];
  weather: (Weather | 'unset')[];
  late: boolean;
  q: string;
}

export const NO_FILTERS: RoadmapFilters = { status: [], weather: [], late: false, q: '' };

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '')
    .split(',')
    .filter((v): v is T => (allowed as readonly string[]).includes(v));

/** Reads filters from the page's query (`?axis=…&status=blocked,planned&late=1&q=…`). */
export function filtersFromQuery(query: URLSearchParams): RoadmapFilters {
  return {
    axisId: query.get('axis') ?? undefined,
    serviceId: query.get('service') ?? undefined,
    leadPersonId: query.get('lead') ?? undefined,
    status: list(query.get('status'), ACTION_STATUSES),
    weather: list(query.get('weather'), [...WEATHERS, 'unset'] as const),
    late: query.get('late') === '1',
    q: query.get('q') ?? '',
  };
}

/** The query of some filters (undefined removes a parameter). */
export function queryOfFilters(f: Partial<RoadmapFilters>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if ('axisId' in f) out.axis = f.axisId;
  if ('serviceId' in f) out.service = f.serviceId;
  if ('leadPersonId' in f) out.lead = f.leadPersonId;
  if (f.status) out.status = f.status.join(',') || undefined;
  if (f.weather) out.weather = f.weather.join(',') || undefined;
  if (f.late !== undefined) out.late = f.late ? '1' : undefined;
  if (f.q !== undefined) out.q = f.q || undefined;
  return out;
}

/** How many filters are set (for the "clear filters" button and announcements). */
export function activeFilterCount(f: RoadmapFilters): number {
  return [f.axisId, f.serviceId, f.leadPersonId, f.status.length, f.weather.length, f.late, f.q.trim()].filter(Boolean).length;
}

/** The actions that pass the filters; a search matches the action's text or its engagement's. */
export function filterActions(index: RoadmapIndex, f: RoadmapFilters): IndexedAction[] {
  const needle = f.q.trim() ? foldText(f.q.trim()) : undefined;
  return index.actions.filter(({ action, commitment, axis, text }) => {
    if (f.axisId !== undefined && axis.id !== f.axisId) return false;
    if (f.serviceId !== undefined && action.serviceId !== f.serviceId) return false;
    if (f.leadPersonId !== undefined && commitment.leadPersonId !== f.leadPersonId) return false;
    if (f.status.length > 0 && !f.status.includes(action.status)) return false;
    if (f.weather.length > 0 && !f.weather.includes(action.weather ?? 'unset')) return false;
    if (f.late && !action.late) return false;
    if (needle !== undefined && !text.includes(needle) && !index.commitmentById.get(commitment.id)?.text.includes(needle)) return false;
    return true;
  });
}
