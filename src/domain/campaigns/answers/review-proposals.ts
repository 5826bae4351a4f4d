import type { Action, Indicator, Measure } from '../../entities/index.js';
import type { ProposalChange, ProposalOperation, ProposalTarget } from '../proposal.schema.js';
import type { ActionReviewAnswer } from './action-review.answer.js';

/** A proposal before the application layer gives it an id, a campaign, a response and a state. */
export interface ProposalDraft {
  target: ProposalTarget;
  operation: ProposalOperation;
  changes: ProposalChange[];
}

/** The records an action-review answer is compared with. */
export interface ReviewedRecords {
  action: Action;
  /** The last measure of each indicator, when there is one. */
  lastMeasures: Readonly<Record<Indicator['id'], Pick<Measure, 'value' | 'date'> | undefined>>;
}

// Fields of the action a review can change, and the answer field each comes from.
const ACTION_FIELDS = ['progress', 'weather', 'trend', 'blockers', 'nextSteps'] as const satisfies readonly (keyof Action & keyof ActionReviewAnswer)[];

// An emptied text means "no more blockers": it becomes null, the "not set" of a change.
const normalise = (value: string | number | undefined): string | number | null => (value === undefined || value === '' ? null : value);

function actionChanges(answer: ActionReviewAnswer, action: Action): ProposalChange[] {
  return ACTION_FIELDS.flatMap((field): ProposalChange[] => {
    if (answer[field] === undefined) return []; // not answered: nothing to change
    const before = normalise(action[field]);
    const after = normalise(answer[field]);
    return before === after ? [] : [{ field, old: before, new: after }];
  });
}

/**
 * Turns an action-review answer into proposed record changes: one update of the action with only the fields that
 * change, and one new measure per indicator value reported (unless it repeats the last measure at the same date).
 * Needs and comment stay in the response: no record field holds them.
 */
export function answersToProposals(answer: ActionReviewAnswer, records: ReviewedRecords, today: string): ProposalDraft[] {
  const drafts: ProposalDraft[] = [];
  const changes = actionChanges(answer, records.action);
  if (changes.length > 0) drafts.push({ target: { kind: 'action', id: records.action.id }, operation: 'update', changes });
  for (const measure of answer.measures) {
    const last = records.lastMeasures[measure.indicatorId];
    const date = measure.date ?? today;
    if (last && last.value === measure.value && last.date === date) continue;
    drafts.push({
      target: { kind: 'indicator', id: measure.indicatorId },
      operation: 'add_measure',
      changes: [
        { field: 'value', old: last?.value ?? null, new: measure.value },
        { field: 'date', old: last?.date ?? null, new: date },
      ],
    });
  }
  return drafts;
}
