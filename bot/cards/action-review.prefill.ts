import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import { REVIEW_INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import type { ActionReviewStepView } from './action-review.view.js';

const str = (value: number | string | undefined): string | undefined => (value === undefined ? undefined : String(value));

/**
 * The values the inputs start with: what the person typed when the submit was refused, else their saved answer,
 * else the action's current values (so an unchanged field is a field confirmed).
 */
export function reviewPrefill(view: ActionReviewStepView): CardInputs {
  if (view.previous) return view.previous.inputs;
  const { draft, action } = view;
  if (draft) {
    const measures = Object.fromEntries(
      draft.measures.flatMap((m) => [
        [REVIEW_INPUT.measure(m.indicatorId), String(m.value)],
        ...(m.date ? [[REVIEW_INPUT.measureDate(m.indicatorId), m.date]] : []),
      ]),
    ) as Record<string, string>;
    return {
      [REVIEW_INPUT.progress]: String(draft.progress),
      [REVIEW_INPUT.weather]: draft.weather,
      [REVIEW_INPUT.trend]: draft.trend,
      [REVIEW_INPUT.blockers]: draft.blockers,
      [REVIEW_INPUT.nextSteps]: draft.nextSteps,
      [REVIEW_INPUT.needs]: draft.needs,
      [REVIEW_INPUT.comment]: draft.comment,
      ...measures,
    };
  }
  return {
    [REVIEW_INPUT.progress]: str(action.progress),
    [REVIEW_INPUT.weather]: action.weather,
    [REVIEW_INPUT.trend]: action.trend,
    [REVIEW_INPUT.blockers]: action.blockers,
    [REVIEW_INPUT.nextSteps]: action.nextSteps,
  };
}
