import type { Indicator } from '../entities/index.js';
import { daysBetween } from './dates.js';

export type IndicatorState = 'reached' | 'on_track' | 'behind' | 'no_data';

/** Share of |target − baseline| by which a value may trail the trajectory and still be on track. */
const TOLERANCE = 0.02;

function isThreshold(indicator: Indicator): boolean {
  return indicator.direction === 'stay_above' || indicator.direction === 'stay_below';
}

/** Whether `value` is on the good side of the target (or equal to it), in the indicator's direction. */
function meetsTarget(indicator: Indicator, value: number): boolean {
  const upward = indicator.direction === 'increase' || indicator.direction === 'stay_above';
  return upward ? value >= indicator.targetValue : value <= indicator.targetValue;
}

/** The planned path at a date: linear from the baseline through the jalons to the target, flat outside them. */
export function trajectoryValueAt(indicator: Indicator, date: string): number {
  if (date <= indicator.baselineDate) return indicator.baselineValue;
  if (date >= indicator.targetDate) return indicator.targetValue;
  const points = [
    { date: indicator.baselineDate, value: indicator.baselineValue },
    ...indicator.milestones,
    { date: indicator.targetDate, value: indicator.targetValue },
  ];
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1];
    const to = points[i];
    if (!from || !to || date > to.date) continue;
    const span = daysBetween(from.date, to.date);
    // The schema keeps jalons strictly ordered, so span > 0; the guard only protects against bad data.
    if (span <= 0) return to.value;
    return from.value + ((to.value - from.value) * daysBetween(from.date, date)) / span;
  }
  return indicator.targetValue;
}

/** Expected value at a date: the trajectory for increase / decrease; for stay_above / stay_below the target itself (a threshold). */
export function expectedValueAt(indicator: Indicator, date: string): number {
  return isThreshold(indicator) ? indicator.targetValue : trajectoryValueAt(indicator, date);
}

/** Share of the way from baseline to target that `value` has covered, in the indicator's direction (0 = baseline, 1 = target; may be <0 or >1; clamp nothing). For stay_above / stay_below: 1 when the threshold (targetValue) is respected, 0 otherwise. When target equals baseline for increase/decrease: 1 if value is on the right side or equal, else 0. */
export function achievementRatio(indicator: Indicator, value: number): number {
  const span = indicator.targetValue - indicator.baselineValue;
  if (isThreshold(indicator) || span === 0) return meetsTarget(indicator, value) ? 1 : 0;
  return (value - indicator.baselineValue) / span;
}

/** The latest measure by date (ties: the later in the array wins). */
export function latestMeasure<M extends { date: string }>(measures: readonly M[]): M | undefined {
  let latest: M | undefined;
  for (const m of measures) if (latest === undefined || m.date >= latest.date) latest = m;
  return latest;
}

export interface IndicatorAssessment {
  latest?: { date: string; value: number };
  achievement?: number;
  expected?: number;
  state: IndicatorState;
}

/** Where an indicator stands at `asOf` given its latest measure: reached (target met), on_track (at or ahead of the expected value at the measure's date, in the indicator's direction, with a small tolerance of 2 % of |target − baseline|), behind, or no_data. */
export function assessIndicator(
  indicator: Indicator,
  latest: { date: string; value: number } | undefined,
  asOf: string,
): IndicatorAssessment {
  // A measure dated after `asOf` did not exist yet at that date (e.g. a mid-term snapshot).
  if (latest === undefined || latest.date > asOf) return { state: 'no_data' };
  const measured = { date: latest.date, value: latest.value };
  const achievement = achievementRatio(indicator, latest.value);
  // Judged against the trajectory at the measure's own date: an old measure is not penalised for its age.
  const expected = expectedValueAt(indicator, latest.date);
  const base = { latest: measured, achievement, expected };
  if (meetsTarget(indicator, latest.value)) return { ...base, state: 'reached' };
  if (isThreshold(indicator)) return { ...base, state: 'behind' };

  // The epsilon keeps a value exactly on the tolerance boundary from being lost to float rounding.
  const span = Math.abs(indicator.targetValue - indicator.baselineValue);
  const tolerance = TOLERANCE * span + 1e-9 * Math.max(1, span);
  const onTrack =
    indicator.direction === 'increase' ? latest.value >= expected - tolerance : latest.value <= expected + tolerance;
  return { ...base, state: onTrack ? 'on_track' : 'behind' };
}
