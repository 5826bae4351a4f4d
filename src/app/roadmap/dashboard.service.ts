import { WEATHERS, type EntityKind, type HistoryEntry, type Weather } from '../../domain/entities/index.js';
import {
  aggregateWeatherBy,
  countTrend,
  countWeather,
  type TrendCounts,
  type WeatherAggregate,
  type WeatherCounts,
} from '../../domain/rules/weather-aggregates.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { groupBy } from '../../domain/rules/group-by.js';
import type { ReadView } from '../authorization/read-view.js';
import { redactHistory, redactRoadmapData } from '../authorization/redaction.js';
import type { ActionView, IndicatorView, RoadmapData } from './roadmap-data.js';
import type { RoadmapDataSource } from './roadmap-data.source.js';

/** A short line about an action, for the lists of the dashboard. */
export interface ActionBrief {
  id: string;
  title: string;
  commitmentId: string;
  axisId?: string;
  serviceId?: string;
  ownerPersonId?: string;
  status: string;
  weather?: string;
  progress?: number;
  effectiveDueDate?: string;
  daysLate: number;
  blockers?: string;
}

/** What the DGS looks at first. */
export interface Dashboard {
  asOf: string;
  mandate?: RoadmapData['mandate'];
  progress?: number;
  axes: { id: string; title: string; color: string; progress?: number; actions: number; late: number; weather: WeatherCounts }[];
  actions: { total: number; active: number; done: number; late: number; blocked: number; stormy: number; cancelled: number };
  weather: WeatherCounts;
  trend: TrendCounts;
  /** Météo and trend per pilot service (key '' = actions without a service), worst first. */
  services: (WeatherAggregate & { late: number })[];
  late: ActionBrief[];
  blocked: ActionBrief[];
  indicators: { total: number; reached: number; onTrack: number; behind: number; noData: number };
  indicatorsBehind: Pick<IndicatorView, 'id' | 'name' | 'unit' | 'targetValue' | 'targetDate' | 'assessment'>[];
  recentChanges: HistoryEntry[];
}

const LIST_LIMIT = 10;
const weatherRank = (w: Weather | undefined): number => (w === undefined ? -1 : WEATHERS.indexOf(w));
const RECENT_LIMIT = 20;

/** Computes the dashboard. */
export class DashboardService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly source: RoadmapDataSource,
  ) {}

  /** The revision the next answer will reflect (for HTTP caching). */
  revision(): Promise<string | undefined> {
    return this.source.revision();
  }

  /** Overall progress, what is late or blocked, météo, indicators behind, recent changes. */
  async dashboard(view: ReadView): Promise<Dashboard> {
    const [snapshot, recentChanges] = await Promise.all([this.source.load(), this.store.history.recent(RECENT_LIMIT)]);
    return buildDashboard(redactRoadmapData(view, snapshot.data), redactHistory(view, recentChanges));
  }

  /** The latest changes of every record (of some kinds), newest first, as `view` sees them. */
  async recentChanges(view: ReadView, limit: number, kinds?: EntityKind[]): Promise<HistoryEntry[]> {
    return redactHistory(view, await this.store.history.recent(limit, kinds));
  }
}

/** Shapes loaded data into the dashboard (pure). */
export function buildDashboard(data: RoadmapData, recentChanges: HistoryEntry[]): Dashboard {
  const axisOfCommitment = new Map(data.commitments.map((c) => [c.id, c.axisId]));
  const brief = (a: ActionView): ActionBrief => ({
    id: a.id,
    title: a.title,
    commitmentId: a.commitmentId,
    axisId: axisOfCommitment.get(a.commitmentId),
    serviceId: a.serviceId,
    ownerPersonId: a.ownerPersonId,
    status: a.status,
    weather: a.weather,
    progress: a.progress,
    effectiveDueDate: a.effectiveDueDate,
    daysLate: a.daysLate,
    blockers: a.blockers,
  });
  const active = data.actions.filter((a) => a.status !== 'cancelled');
  const late = active.filter((a) => a.late).sort((x, y) => y.daysLate - x.daysLate);
  const blocked = active.filter((a) => a.status === 'blocked' || (a.weather === 'stormy' && a.status !== 'done'));
  const actionsByAxis = groupBy(active, (a) => axisOfCommitment.get(a.commitmentId));
  const states = data.indicators.map((i) => i.assessment.state);
  const behind = data.indicators.filter((i) => i.assessment.state === 'behind');

  return {
    asOf: data.asOf,
    mandate: data.mandate,
    progress: data.rollup.mandate,
    axes: data.axes.map((axis) => {
      const actions = actionsByAxis.get(axis.id) ?? [];
      return {
        id: axis.id,
        title: axis.title,
        color: axis.color,
        progress: data.rollup.axes.get(axis.id),
        actions: actions.length,
        late: actions.filter((a) => a.late).length,
        weather: countWeather(actions),
      };
    }),
    actions: {
      total: data.actions.length,
      active: active.filter((a) => a.status !== 'done').length,
      done: active.filter((a) => a.status === 'done').length,
      late: late.length,
      blocked: active.filter((a) => a.status === 'blocked').length,
      stormy: active.filter((a) => a.weather === 'stormy').length,
      cancelled: data.actions.length - active.length,
    },
    weather: countWeather(data.actions),
    trend: countTrend(data.actions),
    services: aggregateWeatherBy(active, (a) => a.serviceId)
      .map((group) => ({ ...group, late: late.filter((a) => (a.serviceId ?? '') === group.key).length }))
      .sort((x, y) => weatherRank(y.worst) - weatherRank(x.worst) || y.late - x.late),
    late: late.slice(0, LIST_LIMIT).map(brief),
    blocked: blocked.slice(0, LIST_LIMIT).map(brief),
    indicators: {
      total: states.length,
      reached: states.filter((s) => s === 'reached').length,
      onTrack: states.filter((s) => s === 'on_track').length,
      behind: behind.length,
      noData: states.filter((s) => s === 'no_data').length,
    },
    indicatorsBehind: behind
      .slice(0, LIST_LIMIT)
      .map(({ id, name, unit, targetValue, targetDate, assessment }) => ({ id, name, unit, targetValue, targetDate, assessment })),
    recentChanges,
  };
}
