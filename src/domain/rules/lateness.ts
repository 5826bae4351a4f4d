import type { Action } from '../entities/index.js';
import { daysBetween } from './dates.js';

export { daysBetween } from './dates.js';

/** The due date that counts: the revised one when set, else the original. */
export function effectiveDueDate(action: Pick<Action, 'dueDate' | 'revisedDueDate'>): string | undefined {
  return action.revisedDueDate ?? action.dueDate;
}

/** An action is late when its effective due date is strictly before `today` and it is neither done nor cancelled. */
export function isLate(action: Pick<Action, 'dueDate' | 'revisedDueDate' | 'status'>, today: string): boolean {
  if (action.status === 'done' || action.status === 'cancelled') return false;
  const due = effectiveDueDate(action);
  // ISO dates compare correctly as strings; an action due today still has today to finish.
  return due !== undefined && due < today;
}

/** Whole days late (0 when not late). */
export function daysLate(action: Pick<Action, 'dueDate' | 'revisedDueDate' | 'status'>, today: string): number {
  const due = effectiveDueDate(action);
  return due !== undefined && isLate(action, today) ? daysBetween(due, today) : 0;
}
