import type { Random } from '../src/app/seed/random.js';
import type { Action, Commitment, Direction, Indicator, Measure, Milestone } from '../src/domain/entities/index.js';
import { addDays, between, dateBetween, daysFrom, pad, round, weighted } from './generator-helpers.js';
import { DATA_AS_OF } from './generate-programme.js';
import { COMMUNES, INDICATOR_TEMPLATES, type IndicatorTemplate } from './metropole-vocabulary.data.js';

type Trajectory = 'on_track' | 'behind' | 'reached' | 'away';
/** An indicator with what the measure generator needs to know about it. */
interface Plan {
  indicator: Indicator;
  template: IndicatorTemplate;
  trajectory: Trajectory;
  /** Last date measures may have. */
  lastMeasure: string;
  /** Share of the measure volume it receives (before capping by the days available). */
  share: number;
}

const INDICATOR_DESCRIPTION = 'Indicateur du tableau de bord de la mandature, consolidé par la mission pilotage.';
const SOURCES = ['Observatoire métropolitain', 'Système d’information métier', 'Enquête annuelle', 'Opérateur délégataire'];
const FREQUENCY_SHARE = { monthly: 1.5, quarterly: 1, semiannual: 0.6, annual: 0.4 } as const;

function targetFor(random: Random, direction: Direction, baseline: number, t: IndicatorTemplate): number {
  const magnitude = Math.max(baseline, t.base[1] * 0.2);
  switch (direction) {
    case 'increase':
      return round(baseline + magnitude * between(random, 0.1, 0.8), t.decimals);
    case 'decrease':
      return round(baseline * between(random, 0.5, 0.9), t.decimals);
    case 'stay_above':
      return round(baseline * between(random, 0.9, 1), t.decimals);
    case 'stay_below':
      return round(baseline * between(random, 1, 1.1), t.decimals);
  }
}

type Span = Pick<Indicator, 'baselineDate' | 'baselineValue' | 'targetDate' | 'targetValue'>;

/** One to three jalons strictly between baseline and target, on a slightly convex path. */
function milestonesFor(random: Random, i: Span, decimals: number): Milestone[] {
  const count = random.int(1, 3);
  const span = daysFrom(i.baselineDate, i.targetDate);
  return Array.from({ length: count }, (_, j) => {
    const share = (j + 1) / (count + 1);
    const value = round(i.baselineValue + (i.targetValue - i.baselineValue) * share ** 1.2, decimals);
    return { date: addDays(i.baselineDate, Math.round(span * share)), value };
  });
}

type Parent = { actionId: string; serviceId?: string } | { commitmentId: string };

function serviceFor(random: Random, parent: Parent, serviceIds: readonly string[]): string | undefined {
  if ('actionId' in parent) return random.chance(0.6) ? parent.serviceId : undefined;
  return random.chance(0.7) ? random.pick(serviceIds) : undefined;
}

function buildPlan(random: Random, seq: number, parent: Parent, serviceIds: readonly string[]): Plan {
  const template = random.pick(INDICATOR_TEMPLATES);
  const direction = weighted<Direction>(random, [
    ['increase', 35],
    ['decrease', 30],
    ['stay_above', 17.5],
    ['stay_below', 17.5],
  ]);
  const baselineDate = dateBetween(random, '2023-01-01', '2026-03-31');
  const baselineValue = round(between(random, template.base[0], template.base[1]), template.decimals);
  const frequency = weighted(random, [['monthly', 40], ['quarterly', 35], ['semiannual', 15], ['annual', 10]] as const);
  const serviceId = serviceFor(random, parent, serviceIds);
  const targetDate = dateBetween(random, '2028-06-30', '2032-03-31');
  const core = { baselineDate, baselineValue, targetDate, targetValue: targetFor(random, direction, baselineValue, template) };
  const trended = direction === 'increase' || direction === 'decrease';
  const indicator: Indicator = {
    id: `ind-${pad(seq, 4)}`,
    ...('actionId' in parent ? { actionId: parent.actionId } : { commitmentId: parent.commitmentId }),
    name: `${template.name} — ${random.pick(COMMUNES)}`,
    ...(random.chance(0.3) ? { description: INDICATOR_DESCRIPTION } : {}),
    unit: template.unit,
    direction,
    ...core,
    milestones: trended && random.chance(0.35) ? milestonesFor(random, core, template.decimals) : [],
    frequency,
    ...(random.chance(0.7) ? { source: random.pick(SOURCES) } : {}),
    ...(serviceId ? { serviceId } : {}),
  };
  return {
    indicator,
    template,
    trajectory: weighted<Trajectory>(random, [['on_track', 45], ['behind', 30], ['reached', 15], ['away', 10]]),
    lastMeasure: random.chance(0.15) ? '2026-06-30' : DATA_AS_OF,
    share: random.chance(0.05) ? 0 : FREQUENCY_SHARE[frequency] * between(random, 0.5, 1.5),
  };
}

/** Splits `total` measures over the plans by share, never more than one measure per day available. */
function allocate(plans: readonly Plan[], total: number): number[] {
  const capacity = plans.map((p) => Math.max(0, daysFrom(p.indicator.baselineDate, p.lastMeasure)));
  const sum = plans.reduce((s, p) => s + p.share, 0);
  const counts = plans.map((p, i) => Math.min(capacity[i]!, Math.floor((total * p.share) / sum)));
  let missing = total - counts.reduce((s, n) => s + n, 0);
  // Bounded: each pass adds at most one per indicator that still has room and a share.
  for (let pass = 0; missing > 0 && pass < 1000; pass += 1)
    plans.forEach((p, i) => {
      if (missing > 0 && p.share > 0 && counts[i]! < capacity[i]!) {
        counts[i]! += 1;
        missing -= 1;
      }
    });
  if (missing > 0) throw new RangeError(`Cannot place ${missing} measures: too few days between baselines and last measures`);
  return counts;
}

function valueAt(random: Random, plan: Plan, date: string): number {
  const { indicator: i, template: t, trajectory } = plan;
  const good = trajectory === 'on_track' || trajectory === 'reached';
  let value: number;
  if (i.direction === 'stay_above' || i.direction === 'stay_below') {
    const side = (i.direction === 'stay_above') === good ? 1 : -1;
    value = i.targetValue * (1 + side * between(random, 0, 0.06));
  } else {
    const span = i.targetValue - i.baselineValue;
    const elapsed = daysFrom(i.baselineDate, date);
    // 'reached' gets to the target by its last measure; the others follow the planned path at their own pace.
    const f =
      trajectory === 'reached'
        ? (1.05 * elapsed) / daysFrom(i.baselineDate, plan.lastMeasure)
        : elapsed / daysFrom(i.baselineDate, i.targetDate);
    const factor = { on_track: 1.15, behind: 0.4, reached: 1, away: -0.3 }[trajectory];
    value = i.baselineValue + span * f * factor + Math.abs(span) * between(random, -0.03, 0.03);
  }
  const clamped = Math.max(0, t.unit === '%' ? Math.min(100, value) : value);
  return round(clamped, t.decimals);
}

function measuresOf(random: Random, plan: Plan, count: number, firstSeq: number): Measure[] {
  const start = plan.indicator.baselineDate;
  const step = daysFrom(start, plan.lastMeasure) / Math.max(1, count);
  return Array.from({ length: count }, (_, k): Measure => {
    // One date per slot of `step` days after the baseline: increasing, distinct, never past lastMeasure.
    const date = addDays(start, Math.floor(step * k) + random.int(0, Math.max(0, Math.floor(step) - 1)) + 1);
    return {
      id: `mes-${pad(firstSeq + k, 6)}`,
      indicatorId: plan.indicator.id,
      date,
      value: valueAt(random, plan, date),
      source: weighted(random, [['manual', 50], ['import', 35], ['bot', 15]] as const),
      ...(random.chance(0.03) ? { comment: 'Valeur consolidée après contrôle par le service.' } : {}),
    };
  });
}

/** Indicators on actions (80 %) and on commitments (20 %), and `measureCount` measures spread over them. */
export function buildIndicators(
  random: Random,
  refs: { actions: readonly Action[]; commitments: readonly Commitment[]; serviceIds: readonly string[] },
  sizes: { indicators: number; measures: number },
): { indicators: Indicator[]; measures: Measure[] } {
  const plans = Array.from({ length: sizes.indicators }, (_, i) => {
    const parent = random.chance(0.8)
      ? (({ id, serviceId }) => ({ actionId: id, serviceId }))(random.pick(refs.actions))
      : { commitmentId: random.pick(refs.commitments).id };
    return buildPlan(random, i + 1, parent, refs.serviceIds);
  });
  const counts = allocate(plans, sizes.measures);
  const measures: Measure[] = [];
  plans.forEach((plan, i) => measures.push(...measuresOf(random, plan, counts[i]!, measures.length + 1)));
  return { indicators: plans.map((p) => p.indicator), measures };
}
