import {
  MANDATE_ID,
  type Action,
  type Axis,
  type Commitment,
  type Indicator,
  type Mandate,
  type Measure,
  type Stored,
} from '../../domain/entities/index.js';
import { assessIndicator, type IndicatorAssessment } from '../../domain/rules/indicator-achievement.js';
import { daysLate, effectiveDueDate } from '../../domain/rules/lateness.js';
import { rollUpProgress, type Rollup } from '../../domain/rules/progress-rollup.js';
import type { RoadmapStore } from '../../ports/store.port.js';

/** An action with what the rules derive from it. */
export type ActionView = Stored<Action> & { late: boolean; daysLate: number; effectiveDueDate?: string };
/** An indicator with where it stands. */
export type IndicatorView = Stored<Indicator> & { assessment: IndicatorAssessment };

/** The whole roadmap loaded once per request, with roll-ups, lateness and indicator assessments computed. */
export interface RoadmapData {
  asOf: string;
  mandate?: Stored<Mandate>;
  axes: Stored<Axis>[];
  commitments: Stored<Commitment>[];
  actions: ActionView[];
  indicators: IndicatorView[];
  rollup: Rollup;
}

/** The records the read models are built from. */
export interface RoadmapRecords {
  mandate?: Stored<Mandate>;
  axes: Stored<Axis>[];
  commitments: Stored<Commitment>[];
  actions: Stored<Action>[];
  indicators: Stored<Indicator>[];
  /** The latest measure of each indicator that has one. */
  latest: Stored<Measure>[];
}

/** Reads every record the roadmap and the dashboard show. */
export async function readRoadmapRecords(store: RoadmapStore): Promise<RoadmapRecords> {
  const [mandate, axes, commitments, actions, indicators, latest] = await Promise.all([
    store.mandate.get(MANDATE_ID),
    store.axis.list(),
    store.commitment.list(),
    store.action.list(),
    store.indicator.list(),
    store.latestMeasures(),
  ]);
  return { mandate, axes, commitments, actions, indicators, latest };
}

/** Applies the domain rules: lateness, indicator assessments and roll-ups as of a date (pure). */
export function deriveRoadmapData(records: RoadmapRecords, asOf: string): RoadmapData {
  const { mandate, axes, commitments, actions, indicators, latest } = records;
  const latestByIndicator = new Map(latest.map((m) => [m.indicatorId, m]));
  return {
    asOf,
    mandate,
    axes,
    commitments,
    actions: actions.map((action) => {
      const days = daysLate(action, asOf);
      return { ...action, late: days > 0, daysLate: days, effectiveDueDate: effectiveDueDate(action) };
    }),
    indicators: indicators.map((indicator) => ({
      ...indicator,
      assessment: assessIndicator(indicator, latestByIndicator.get(indicator.id), asOf),
    })),
    rollup: rollUpProgress({ axes, commitments, actions }),
  };
}
