import type { TimeUse } from './working-time.answer.js';

// The ids of card inputs, shared by the card builders and the parsers: they are also the paths of the field issues,
// so an error is shown next to the input it concerns. None of them may collide with the action data keys
// (campaignId, deliveryId, step, cardVersion, verb): Teams merges inputs and data into one object.

/** Inputs of one action-review step (one action per step). */
export const REVIEW_INPUT = {
  progress: 'progress',
  weather: 'weather',
  trend: 'trend',
  blockers: 'blockers',
  nextSteps: 'nextSteps',
  needs: 'needs',
  comment: 'comment',
  measure: (indicatorId: string) => `measure.${indicatorId}`,
  measureDate: (indicatorId: string) => `measureDate.${indicatorId}`,
} as const;

/** Inputs of a self-assessment page (several commitments per page, hence the commitment id). */
export const SELF_ASSESSMENT_INPUT = {
  score: (commitmentId: string) => `score.${commitmentId}`,
  difficulties: (commitmentId: string) => `difficulties.${commitmentId}`,
  priority: (commitmentId: string) => `priority.${commitmentId}`,
} as const;

/** Inputs of a 1,607 h step (one service per step); `split` is the path of the sum issue. */
export const WORKING_TIME_INPUT = {
  hours: 'hours',
  split: 'split',
  splitPart: (use: TimeUse) => `split.${use}`,
  examples: 'examples',
} as const;

/** Input of a custom question; prefixed because question ids are chosen by people and could be "step". */
export const CUSTOM_INPUT = { question: (questionId: string) => `q.${questionId}` } as const;
