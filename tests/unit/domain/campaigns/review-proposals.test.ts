import type { ActionReviewAnswer } from '../../../../src/domain/campaigns/answers/action-review.answer.js';
import { answersToProposals } from '../../../../src/domain/campaigns/answers/review-proposals.js';
import { makeAction } from '../factories.js';

const action = makeAction({ progress: 40, weather: 'cloudy', trend: 'flat', blockers: 'Marché infructueux', nextSteps: 'Relancer' });
const unchanged: ActionReviewAnswer = { progress: 40, weather: 'cloudy', trend: 'flat', blockers: 'Marché infructueux', nextSteps: 'Relancer', measures: [] };
const today = '2026-03-10';

describe('answersToProposals', () => {
  it('proposes nothing when the answer confirms the current values', () => {
    expect(answersToProposals({ ...unchanged, needs: 'Un agent', comment: 'RAS' }, { action, lastMeasures: {} }, today)).toEqual([]);
  });

  it('proposes only the fields that change, old → new', () => {
    const drafts = answersToProposals({ ...unchanged, progress: 60, weather: 'sunny' }, { action, lastMeasures: {} }, today);
    expect(drafts).toEqual([
      {
        target: { kind: 'action', id: action.id },
        operation: 'update',
        changes: [
          { field: 'progress', old: 40, new: 60 },
          { field: 'weather', old: 'cloudy', new: 'sunny' },
        ],
      },
    ]);
  });

  it('turns a cleared text into "not set", and leaves unanswered fields alone', () => {
    const drafts = answersToProposals({ progress: 40, blockers: '', measures: [] }, { action, lastMeasures: {} }, today);
    expect(drafts[0]!.changes).toEqual([{ field: 'blockers', old: 'Marché infructueux', new: null }]);
  });

  it('sets fields the action did not have', () => {
    const bare = makeAction();
    const drafts = answersToProposals({ progress: 10, trend: 'up', measures: [] }, { action: bare, lastMeasures: {} }, today);
    expect(drafts[0]!.changes).toEqual([
      { field: 'progress', old: null, new: 10 },
      { field: 'trend', old: null, new: 'up' },
    ]);
  });

  it('proposes a new measure per reported value, dated today by default, against the last measure', () => {
    const answer = { ...unchanged, measures: [{ indicatorId: 'ind-1', value: 45 }, { indicatorId: 'ind-2', value: 3, date: '2026-03-01' }] };
    const drafts = answersToProposals(answer, { action, lastMeasures: { 'ind-1': { value: 30, date: '2025-12-31' } } }, today);
    expect(drafts).toEqual([
      {
        target: { kind: 'indicator', id: 'ind-1' },
        operation: 'add_measure',
        changes: [
          { field: 'value', old: 30, new: 45 },
          { field: 'date', old: '2025-12-31', new: today },
        ],
      },
      {
        target: { kind: 'indicator', id: 'ind-2' },
        operation: 'add_measure',
        changes: [
          { field: 'value', old: null, new: 3 },
          { field: 'date', old: null, new: '2026-03-01' },
        ],
      },
    ]);
  });

  it('does not repeat the last measure, but records the same value at a new date', () => {
    const last = { 'ind-1': { value: 45, date: today } };
    expect(answersToProposals({ ...unchanged, measures: [{ indicatorId: 'ind-1', value: 45 }] }, { action, lastMeasures: last }, today)).toEqual([]);
    const later = answersToProposals({ ...unchanged, measures: [{ indicatorId: 'ind-1', value: 45 }] }, { action, lastMeasures: last }, '2026-04-01');
    expect(later).toHaveLength(1);
  });
});
