import type { Indicator, Measure } from '../../domain/entities/index.js';
import type { IndicatorSpec } from './demo-data.types.js';
import type { Random } from './random.js';
import { addMonths, daysBetween } from '../../domain/rules/dates.js';
import { trajectoryValueAt } from '../../domain/rules/indicator-achievement.js';

/** History before this date was imported from the former spreadsheets; later values were entered by hand. */
const MANUAL_ENTRY_FROM = '2026-04-01';

const MONTHS_PER_PERIOD: Record<Indicator['frequency'], number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** What the indicator builder needs to know about the rest of the demo. */
export interface IndicatorContext {
  actionId(key: string): string;
  commitmentId(reference: string): string;
  serviceId(slug: string): string;
}

/** Turns an indicator of the demo into an Indicator record attached to exactly one action or commitment. */
export function buildIndicator(spec: IndicatorSpec, id: string, ctx: IndicatorContext): Indicator {
  if ((spec.action === undefined) === (spec.commitment === undefined))
    throw new Error(`Indicator "${spec.name}" needs exactly one of action and commitment`);
  return {
    id,
    ...(spec.action === undefined ? {} : { actionId: ctx.actionId(spec.action) }),
    ...(spec.commitment === undefined ? {} : { commitmentId: ctx.commitmentId(spec.commitment) }),
    name: spec.name,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    unit: spec.unit,
    direction: spec.direction,
    baselineValue: spec.baseline[0],
    baselineDate: spec.baseline[1],
    targetValue: spec.target[0],
    targetDate: spec.target[1],
    milestones: (spec.milestones ?? []).map(([date, value]) => ({ date, value })),
    frequency: spec.frequency,
    source: spec.source,
    serviceId: ctx.serviceId(spec.service),
  };
}

/** Measure dates: the baseline date, then one per period while not after `today`. */
function measureDates(indicator: Indicator, today: string): string[] {
  const step = MONTHS_PER_PERIOD[indicator.frequency];
  const dates: string[] = [];
  for (let date = indicator.baselineDate; date <= today; date = addMonths(indicator.baselineDate, dates.length * step))
    dates.push(date);
  return dates;
}

// The value the trajectory aims at on a date, before noise. `share` runs from 0 (baseline) to 1 (last measure).
function trendValue(indicator: Indicator, spec: IndicatorSpec, date: string, share: number): number {
  const base = indicator.baselineValue;
  const target = indicator.targetValue;
  if (indicator.direction === 'increase' || indicator.direction === 'decrease') {
    const planned = trajectoryValueAt(indicator, date) - base;
    switch (spec.trajectory) {
      case 'on_track':
        return base + planned * 1.15;
      case 'behind':
        return base + planned * 0.45;
      case 'away':
        return base - planned * 0.5;
      case 'reached':
        return share >= 0.75 ? target + (target - base) * 0.03 : base + ((target - base) * share) / 0.75;
    }
  }
  // stay_above / stay_below: the target is a limit, the baseline where the history starts.
  switch (spec.trajectory) {
    case 'on_track':
      return base + (target - base) * 0.2 * share;
    case 'behind':
    case 'away':
      return base + (target - base) * 1.4 * share;
    case 'reached':
      return base + (target - base) * 1.3 * Math.min(1, share / 0.6);
  }
}

/** True when a value keeps to a stay_above / stay_below limit (or has reached an increase / decrease target). */
function meetsTarget(indicator: Indicator, value: number): boolean {
  const up = indicator.direction === 'increase' || indicator.direction === 'stay_above';
  return up ? value >= indicator.targetValue : value <= indicator.targetValue;
}

/** Draws the measure history of an indicator, from its baseline date up to `today`. */
export function buildMeasures(indicator: Indicator, spec: IndicatorSpec, today: string, random: Random): Measure[] {
  const dates = measureDates(indicator, today);
  const last = dates[dates.length - 1] ?? indicator.baselineDate;
  const span = Math.max(1, daysBetween(indicator.baselineDate, last));
  const noise = spec.noise ?? Math.abs(indicator.targetValue - indicator.baselineValue) * 0.02;
  const rises = indicator.direction === 'increase' || indicator.direction === 'stay_above';
  const scale = 10 ** (spec.decimals ?? 0);
  const max = spec.max ?? (indicator.unit === '%' ? 100 : Infinity);
  let previous = indicator.baselineValue;
  return dates.map((date, index) => {
    let value = indicator.baselineValue;
    if (index > 0) {
      const share = daysBetween(indicator.baselineDate, date) / span;
      value = trendValue(indicator, spec, date, share) + noise * (random.next() * 2 - 1);
      // Once reached, or while a limit is kept, noise must not push the value to the wrong side.
      const keep = spec.trajectory === 'on_track' && indicator.direction.startsWith('stay_');
      const kept = spec.trajectory === 'reached' && meetsTarget(indicator, trendValue(indicator, spec, date, share));
      if ((keep || kept) && !meetsTarget(indicator, value)) value = indicator.targetValue;
      if (spec.cumulative) value = rises ? Math.max(previous, value) : Math.min(previous, value);
      value = Math.min(max, Math.max(indicator.baselineValue >= 0 ? 0 : -Infinity, value));
      value = Math.round(value * scale) / scale;
    }
    previous = value;
    const comment = spec.notes?.[date.slice(0, 7)];
    return {
      id: `mes-${indicator.id}-${String(index + 1).padStart(2, '0')}`,
      indicatorId: indicator.id,
      date,
      value,
      source: date < MANUAL_ENTRY_FROM ? 'import' : 'manual',
      ...(comment === undefined ? {} : { comment }),
    };
  });
}
