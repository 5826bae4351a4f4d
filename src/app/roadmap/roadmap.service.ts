import type { ActionStatus, Axis, Commitment, CommitmentStatus, Stored, Weather } from '../../domain/entities/index.js';
import { foldText } from '../../domain/rules/text.js';
import { countWeather, type WeatherCounts } from '../../domain/rules/weather-aggregates.js';
import { groupBy } from '../../domain/rules/group-by.js';
import type { ReadView } from '../authorization/read-view.js';
import { redactRoadmapData } from '../authorization/redaction.js';
import type { ActionView, IndicatorView, RoadmapData } from './roadmap-data.js';
import type { RoadmapDataSource } from './roadmap-data.source.js';

/** Filters of the roadmap tree (all optional, combined with AND). */
export interface RoadmapFilters {
  axisId?: string;
  serviceId?: string;
  ownerPersonId?: string;
  leadPersonId?: string;
  commitmentStatus?: CommitmentStatus[];
  status?: ActionStatus[];
  weather?: Weather[];
  late?: boolean;
  half?: 'first' | 'second';
  q?: string;
}

/** Counts over the actions shown at one level of the tree. */
export interface ActionCounts {
  total: number;
  done: number;
  late: number;
  blocked: number;
  weather: WeatherCounts;
}

export type CommitmentNode = Stored<Commitment> & {
  progress?: number;
  counts: ActionCounts;
  indicators: IndicatorView[];
  actions: (ActionView & { indicators: IndicatorView[] })[];
};
export type AxisNode = Stored<Axis> & { progress?: number; counts: ActionCounts; commitments: CommitmentNode[] };

/** The tree axes → commitments → actions → indicators, with roll-ups and counts. */
export interface Roadmap {
  asOf: string;
  mandate?: RoadmapData['mandate'];
  /** Progress of the whole mandate; roll-ups are always computed on every record, whatever the filters. */
  progress?: number;
  /** True when a filter hides part of the roadmap; counts then describe what is shown. */
  filtered: boolean;
  counts: ActionCounts;
  axes: AxisNode[];
}

function countActions(actions: readonly ActionView[]): ActionCounts {
  return {
    total: actions.length,
    done: actions.filter((a) => a.status === 'done').length,
    late: actions.filter((a) => a.late).length,
    blocked: actions.filter((a) => a.status === 'blocked').length,
    weather: countWeather(actions),
  };
}

const includes = <T>(list: readonly T[] | undefined, value: T | undefined): boolean =>
  list === undefined || (value !== undefined && list.includes(value));

function actionMatches(a: ActionView, f: RoadmapFilters): boolean {
  return (
    (f.serviceId === undefined || a.serviceId === f.serviceId) &&
    (f.ownerPersonId === undefined || a.ownerPersonId === f.ownerPersonId) &&
    includes(f.status, a.status) &&
    includes(f.weather, a.weather) &&
    (f.late === undefined || a.late === f.late) &&
    (f.half === undefined || a.half === f.half)
  );
}

const hasActionFilter = (f: RoadmapFilters): boolean =>
  [f.serviceId, f.ownerPersonId, f.status, f.weather, f.late, f.half].some((v) => v !== undefined);

const textOf = (...parts: (string | undefined)[]): string => foldText(parts.filter(Boolean).join(' '));

/** Builds the roadmap tree from the store, filtered. */
export class RoadmapService {
  constructor(private readonly source: RoadmapDataSource) {}

  /** The revision the next answer will reflect (for HTTP caching). */
  revision(): Promise<string | undefined> {
    return this.source.revision();
  }

  /**
   * The tree with roll-ups, lateness and météo counts, in one call, as `view` sees it: the data is redacted before the
   * tree is built, so `q` finds nothing in a field the view hides.
   */
  async roadmap(view: ReadView, filters: RoadmapFilters = {}): Promise<Roadmap> {
    return buildRoadmap(redactRoadmapData(view, (await this.source.load()).data), filters);
  }
}

/** Shapes loaded data into the filtered tree (pure). */
export function buildRoadmap(data: RoadmapData, f: RoadmapFilters): Roadmap {
  const needle = f.q?.trim() ? foldText(f.q.trim()) : undefined;
  const byAction = groupBy(data.indicators, (i) => i.actionId);
  const byCommitmentIndicators = groupBy(data.indicators, (i) => i.commitmentId);
  const actionsByCommitment = groupBy(data.actions, (a) => a.commitmentId);
  const commitmentsByAxis = groupBy(data.commitments, (c) => c.axisId);
  const actionFiltered = hasActionFilter(f);
  const shown: ActionView[] = [];

  const axes = data.axes
    .filter((axis) => f.axisId === undefined || axis.id === f.axisId)
    .map((axis): AxisNode => {
      const commitments = (commitmentsByAxis.get(axis.id) ?? [])
        .filter((c) => (f.leadPersonId === undefined || c.leadPersonId === f.leadPersonId) && includes(f.commitmentStatus, c.status))
        .flatMap((commitment): CommitmentNode[] => {
          const commitmentHit = needle === undefined || textOf(commitment.reference, commitment.title, commitment.description).includes(needle);
          const actions = (actionsByCommitment.get(commitment.id) ?? []).filter(
            (a) => actionMatches(a, f) && (commitmentHit || textOf(a.title, a.description, a.blockers, a.nextSteps).includes(needle ?? '')),
          );
          // A commitment stays when it matches by itself and no action filter is set, or when one of its actions matches.
          if (actions.length === 0 && (actionFiltered || !commitmentHit)) return [];
          shown.push(...actions);
          return [
            {
              ...commitment,
              progress: data.rollup.commitments.get(commitment.id),
              counts: countActions(actions),
              indicators: byCommitmentIndicators.get(commitment.id) ?? [],
              actions: actions.map((a) => ({ ...a, indicators: byAction.get(a.id) ?? [] })),
            },
          ];
        });
      const axisActions = commitments.flatMap((c) => c.actions);
      return { ...axis, progress: data.rollup.axes.get(axis.id), counts: countActions(axisActions), commitments };
    })
    .filter((axis) => axis.commitments.length > 0 || !isFiltered(f));

  return {
    asOf: data.asOf,
    mandate: data.mandate,
    progress: data.rollup.mandate,
    filtered: isFiltered(f),
    counts: countActions(shown),
    axes,
  };
}

const isFiltered = (f: RoadmapFilters): boolean => Object.values(f).some((v) => v !== undefined && v !== '');
