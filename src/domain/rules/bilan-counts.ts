import type { Action } from '../entities/index.js';
import type { IndicatorState } from './indicator-achievement.js';
import { isLate } from './lateness.js';

/** Where one action stands in the bilan: each followed action is in exactly one of the first four. */
export type ActionState = 'done' | 'in_progress' | 'late' | 'not_started' | 'cancelled';

/** Actions of a commitment, an axis or the mandate by state; `total` leaves cancelled actions out. */
export interface ActionStateCounts {
  total: number;
  done: number;
  inProgress: number;
  late: number;
  notStarted: number;
  /** Of the actions in progress or late, those marked blocked. */
  blocked: number;
  cancelled: number;
}

/** Indicators by where they stand. */
export interface IndicatorStateCounts {
  total: number;
  reached: number;
  onTrack: number;
  behind: number;
  noData: number;
}

/** Budget planned against spent, in euros. */
export interface BudgetFigures {
  planned: number;
  spent: number;
  /** Spent as a share of planned, in percent (1 decimal); undefined when nothing is planned. */
  consumption?: number;
  /** Actions with a planned budget. */
  actionsWithBudget: number;
}

type Stateful = Pick<Action, 'status' | 'dueDate' | 'revisedDueDate'>;

/** The state of an action at `asOf`: lateness wins over "in progress" and "not started", as in the dashboard. */
export function actionState(action: Stateful, asOf: string): ActionState {
  if (action.status === 'cancelled') return 'cancelled';
  if (action.status === 'done') return 'done';
  if (isLate(action, asOf)) return 'late';
  return action.status === 'planned' ? 'not_started' : 'in_progress';
}

/** Counts actions by state at `asOf`. */
export function countActionStates(actions: readonly Stateful[], asOf: string): ActionStateCounts {
  const counts: ActionStateCounts = { total: 0, done: 0, inProgress: 0, late: 0, notStarted: 0, blocked: 0, cancelled: 0 };
  for (const action of actions) {
    const state = actionState(action, asOf);
    if (state === 'cancelled') {
      counts.cancelled += 1;
      continue;
    }
    counts.total += 1;
    if (state === 'done') counts.done += 1;
    else if (state === 'late') counts.late += 1;
    else if (state === 'in_progress') counts.inProgress += 1;
    else counts.notStarted += 1;
    if (action.status === 'blocked') counts.blocked += 1;
  }
  return counts;
}

/** Counts indicator assessments by state. */
export function countIndicatorStates(states: readonly IndicatorState[]): IndicatorStateCounts {
  const counts: IndicatorStateCounts = { total: states.length, reached: 0, onTrack: 0, behind: 0, noData: 0 };
  for (const state of states) {
    if (state === 'reached') counts.reached += 1;
    else if (state === 'on_track') counts.onTrack += 1;
    else if (state === 'behind') counts.behind += 1;
    else counts.noData += 1;
  }
  return counts;
}

/** Budget planned and spent over actions, cancelled ones included: money spent on them was spent. */
export function budgetOf(actions: readonly Pick<Action, 'budgetPlanned' | 'budgetSpent'>[]): BudgetFigures {
  let planned = 0;
  let spent = 0;
  let actionsWithBudget = 0;
  for (const action of actions) {
    planned += action.budgetPlanned ?? 0;
    spent += action.budgetSpent ?? 0;
    if (action.budgetPlanned !== undefined) actionsWithBudget += 1;
  }
  const consumption = planned > 0 ? Math.round((spent / planned) * 1000) / 10 : undefined;
  return { planned, spent, consumption, actionsWithBudget };
}
