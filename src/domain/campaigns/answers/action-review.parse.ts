import type { Indicator } from '../../entities/index.js';
import { TRENDS, WEATHERS } from '../../entities/index.js';
import { ANSWER_MESSAGES as M } from './answer-messages.js';
import { IssueCollector, type AnswerResult, type CardInputs } from './answer-result.js';
import { REVIEW_TEXT_FIELDS, REVIEW_TEXT_LIMITS, type ActionReviewAnswer, type NewMeasure } from './action-review.answer.js';
import { isBlank, readChoice, readDate, readNumber, readText } from './field-parsers.js';
import { REVIEW_INPUT } from './input-ids.js';

/** What the parser needs to know about the step: the indicators offered and today's date. */
export interface ReviewStepContext {
  indicatorIds: readonly Indicator['id'][];
  today: string;
}

function readMeasure(inputs: CardInputs, indicatorId: string, today: string, issues: IssueCollector): NewMeasure | undefined {
  const valuePath = REVIEW_INPUT.measure(indicatorId);
  const datePath = REVIEW_INPUT.measureDate(indicatorId);
  const value = issues.take(readNumber(inputs[valuePath], valuePath, { required: false }));
  const date = issues.take(readDate(inputs[datePath], datePath, { required: false }));
  if (date !== undefined && date > today) issues.add({ path: datePath, code: 'date_in_future', message: M.dateInFuture() });
  if (date !== undefined && value === undefined && isBlank(inputs[valuePath]))
    issues.add({ path: valuePath, code: 'required', message: M.dateWithoutValue() });
  return value === undefined ? undefined : { indicatorId, value, ...(date === undefined ? {} : { date }) };
}

/** Reads one action-review step: progress is required, the rest optional; every problem is reported at once. */
export function parseActionReviewStep(inputs: CardInputs, context: ReviewStepContext): AnswerResult<ActionReviewAnswer> {
  const issues = new IssueCollector();
  const progress = issues.take(readNumber(inputs[REVIEW_INPUT.progress], REVIEW_INPUT.progress, { required: true, integer: true, min: 0, max: 100 }));
  const weather = issues.take(readChoice(inputs[REVIEW_INPUT.weather], REVIEW_INPUT.weather, WEATHERS, { required: false }));
  const trend = issues.take(readChoice(inputs[REVIEW_INPUT.trend], REVIEW_INPUT.trend, TRENDS, { required: false }));
  const texts: Partial<Record<(typeof REVIEW_TEXT_FIELDS)[number], string>> = {};
  for (const field of REVIEW_TEXT_FIELDS) {
    const text = issues.take(readText(inputs[REVIEW_INPUT[field]], REVIEW_INPUT[field], { required: false, maxLength: REVIEW_TEXT_LIMITS[field] }));
    if (text !== undefined) texts[field] = text;
  }
  const measures = context.indicatorIds.flatMap((id) => readMeasure(inputs, id, context.today, issues) ?? []);
  return issues.result(() => ({
    progress: progress ?? 0,
    ...(weather === undefined ? {} : { weather }),
    ...(trend === undefined ? {} : { trend }),
    ...texts,
    measures,
  }));
}
