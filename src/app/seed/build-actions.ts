import type { Action, ActionStatus, Trend, Weather } from '../../domain/entities/index.js';
import type { ActionSpec } from './demo-data.types.js';
import type { Random } from './random.js';
import { daysBetween } from '../../domain/rules/dates.js';

/** What the action builder needs to know about the rest of the demo. */
export interface ActionContext {
  today: string;
  midTermDate: string;
  commitmentId(reference: string): string;
  serviceId(slug: string): string;
  /** Person id of the head of a service, the action's owner. */
  headOf(serviceId: string): string | undefined;
}

interface Progress {
  status: ActionStatus;
  progress?: number;
  weather?: Weather;
  trend?: Trend;
}

const STAFFING = [0.2, 0.3, 0.5, 0.5, 0.8, 1, 1, 1.5, 2] as const;
const PRIORITIES = ['high', 'medium', 'medium', 'medium', 'low'] as const;
// An action in trouble is not left at low priority.
const TROUBLED_PRIORITIES = ['high', 'medium'] as const;

const isTroubled = (fate: ActionSpec['fate']): boolean => fate === 'late' || fate === 'blocked' || fate === 'stormy';
const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));
const roundTo5 = (x: number): number => Math.round(x / 5) * 5;

/** Share of the planned duration that has elapsed at `today`, between 0 and 1. */
function elapsedShare(start: string, due: string, today: string): number {
  const total = daysBetween(start, due);
  return total <= 0 ? 1 : clamp(daysBetween(start, today) / total, 0, 1);
}

// Status, progress, météo and trend follow the dates relative to `today`, bent by the action's fate.
function progressOf(spec: ActionSpec, today: string, random: Random): Progress {
  const due = spec.revisedDue ?? spec.due;
  const elapsed = elapsedShare(spec.start, due, today) * 100;
  switch (spec.fate) {
    case 'done':
      return { status: 'done', progress: 100, weather: 'sunny', trend: 'up' };
    case 'cancelled':
      return { status: 'cancelled', progress: roundTo5(clamp(elapsed * 0.3, 0, 40)) };
    case 'blocked':
      return {
        status: 'blocked',
        progress: roundTo5(clamp(elapsed * 0.4, 5, 60)),
        weather: random.pick(['stormy', 'overcast'] as const),
        trend: 'down',
      };
    case 'stormy':
      return { status: 'in_progress', progress: roundTo5(clamp(elapsed * 0.5, 5, 70)), weather: 'stormy', trend: 'down' };
    case 'late':
      return {
        status: 'in_progress',
        progress: 55 + 5 * random.int(0, 7),
        weather: random.pick(['cloudy', 'overcast'] as const),
        trend: random.pick(['flat', 'down'] as const),
      };
    case 'ahead':
      return { status: 'in_progress', progress: roundTo5(clamp(elapsed + 20, 10, 95)), weather: 'sunny', trend: 'up' };
    case undefined:
      break;
  }
  if (today < spec.start) return { status: 'planned', ...(random.chance(0.2) ? {} : { progress: 0 }) };
  if (today >= due) return { status: 'done', progress: 100, weather: 'sunny', trend: random.pick(['up', 'flat'] as const) };
  const progress = roundTo5(clamp(elapsed + random.int(-10, 10), 5, 95));
  // Some services have not reported yet: no météo, no trend.
  if (random.chance(0.15)) return { status: 'in_progress', progress };
  if (spec.revisedDue !== undefined) return { status: 'in_progress', progress, weather: 'cloudy', trend: 'flat' };
  return {
    status: 'in_progress',
    progress,
    weather: progress >= elapsed - 5 ? 'sunny' : 'cloudy',
    trend: random.pick(['up', 'up', 'flat'] as const),
  };
}

function budgetSpent(planned: number, { status, progress = 0 }: Progress, fate: ActionSpec['fate'], random: Random): number {
  if (status === 'planned') return 0;
  const overrun = fate === 'stormy' || fate === 'blocked' ? 1.15 : 1;
  const spent = planned * (progress / 100) * (0.85 + random.next() * 0.25) * overrun;
  return Math.round(spent / 100) * 100;
}

/** Turns an action of the demo programme into an Action record, as it stands at `ctx.today`. */
export function buildAction(spec: ActionSpec, id: string, ctx: ActionContext, random: Random): Action {
  const state = progressOf(spec, ctx.today, random);
  const serviceId = ctx.serviceId(spec.service);
  const ownerPersonId = ctx.headOf(serviceId);
  const action: Action = {
    id,
    commitmentId: ctx.commitmentId(spec.commitment),
    title: spec.title,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    serviceId,
    ...(ownerPersonId === undefined ? {} : { ownerPersonId }),
    status: state.status,
    startDate: spec.start,
    dueDate: spec.due,
    ...(spec.revisedDue === undefined ? {} : { revisedDueDate: spec.revisedDue }),
    ...(state.progress === undefined ? {} : { progress: state.progress }),
    ...(state.weather === undefined ? {} : { weather: state.weather }),
    ...(state.trend === undefined ? {} : { trend: state.trend }),
    ...(spec.budget === undefined
      ? {}
      : { budgetPlanned: spec.budget, budgetSpent: budgetSpent(spec.budget, state, spec.fate, random) }),
    staffing: spec.etp ?? random.pick(STAFFING),
    ...(spec.blockers === undefined ? {} : { blockers: spec.blockers }),
    ...(spec.nextSteps === undefined ? {} : { nextSteps: spec.nextSteps }),
    priority: spec.priority ?? random.pick(isTroubled(spec.fate) ? TROUBLED_PRIORITIES : PRIORITIES),
    half: (spec.revisedDue ?? spec.due) <= ctx.midTermDate ? 'first' : 'second',
  };
  return action;
}
