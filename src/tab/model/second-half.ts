import type { AxisNode, CommitmentNode, RoadmapAction } from '../api/read-models';
import { changeKey, type MidTermChanges } from './midterm-changes';
import type { FieldSpec } from './record-draft';

/** What the pilotage team changes on an action when it steers the second half. */
export const STEER_FIELDS = [
  { name: 'priority', kind: 'choice' },
  { name: 'half', kind: 'choice', required: true },
  { name: 'status', kind: 'choice', required: true },
  { name: 'budgetPlanned', kind: 'number' },
  { name: 'staffing', kind: 'number' },
  { name: 'revisedDueDate', kind: 'date' },
  { name: 'serviceId', kind: 'choice' },
  { name: 'nextSteps', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

/** A new action of the second half. */
export const NEW_ACTION_FIELDS = [
  { name: 'title', kind: 'text', required: true },
  { name: 'commitmentId', kind: 'choice', required: true },
  { name: 'status', kind: 'choice', required: true },
  { name: 'half', kind: 'choice', required: true },
  { name: 'priority', kind: 'choice' },
  { name: 'serviceId', kind: 'choice' },
  { name: 'startDate', kind: 'date' },
  { name: 'dueDate', kind: 'date' },
  { name: 'budgetPlanned', kind: 'number' },
  { name: 'staffing', kind: 'number' },
  { name: 'description', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

/** A new indicator of a commitment. */
export const NEW_INDICATOR_FIELDS = [
  { name: 'name', kind: 'text', required: true },
  { name: 'commitmentId', kind: 'choice', required: true },
  { name: 'unit', kind: 'text', required: true },
  { name: 'direction', kind: 'choice', required: true },
  { name: 'frequency', kind: 'choice', required: true },
  { name: 'baselineValue', kind: 'number', required: true },
  { name: 'baselineDate', kind: 'date', required: true },
  { name: 'targetValue', kind: 'number', required: true },
  { name: 'targetDate', kind: 'date', required: true },
  { name: 'serviceId', kind: 'choice' },
  { name: 'source', kind: 'text' },
  { name: 'description', kind: 'longText' },
] as const satisfies readonly FieldSpec[];

/** Which actions the page shows. */
export type ActionFilter = 'all' | 'second' | 'changed';

/** One commitment with the actions kept by the filter. */
export interface PlannedCommitment {
  axis: AxisNode;
  commitment: CommitmentNode;
  actions: RoadmapAction[];
}

/** The commitments of the chosen axes, each with the actions the filter keeps (a commitment changed itself stays). */
export function plannedCommitments(axes: readonly AxisNode[], filter: ActionFilter, changes: MidTermChanges | undefined): PlannedCommitment[] {
  const keep = (a: RoadmapAction): boolean =>
    a.status !== 'cancelled' && (filter === 'all' || (filter === 'second' ? a.half === 'second' : changes?.has(changeKey('action', a.id)) === true));
  const result: PlannedCommitment[] = [];
  for (const axis of axes)
    for (const commitment of axis.commitments) {
      const actions = commitment.actions.filter(keep);
      const changedItself = filter === 'changed' && changes?.has(changeKey('commitment', commitment.id)) === true;
      if (filter === 'all' || actions.length > 0 || changedItself) result.push({ axis, commitment, actions });
    }
  return result;
}

/** The figures of the second half: its actions, those of high priority, their budget and staffing. */
export function secondHalfFigures(axes: readonly AxisNode[]): { actions: number; high: number; budget: number; staffing: number } {
  let actions = 0;
  let high = 0;
  let budget = 0;
  let staffing = 0;
  for (const axis of axes)
    for (const commitment of axis.commitments)
      for (const action of commitment.actions) {
        if (action.half !== 'second' || action.status === 'cancelled') continue;
        actions += 1;
        if (action.priority === 'high') high += 1;
        budget += action.budgetPlanned ?? 0;
        staffing += action.staffing ?? 0;
      }
  return { actions, high, budget, staffing };
}

/** The description of an indicator with a revision note appended (kept within the API's 2,000 characters by the API's own check). */
export function withRevisionNote(description: string | undefined, note: string): string {
  return description?.trim() ? `${description.trim()}\n\n${note}` : note;
}
