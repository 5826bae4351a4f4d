import { PRIORITIES } from '../../entities/index.js';
import { IssueCollector, type AnswerResult, type CardInputs } from './answer-result.js';
import { readChoice, readNumber, readText } from './field-parsers.js';
import { SELF_ASSESSMENT_INPUT as INPUT } from './input-ids.js';
import { DIFFICULTIES_LIMIT, type SelfAssessmentAnswer } from './self-assessment.answer.js';

/** Reads a self-assessment page: a score 1–5 for each commitment shown, difficulties and priority optional. */
export function parseSelfAssessmentPage(
  inputs: CardInputs,
  commitmentIds: readonly string[],
): AnswerResult<Record<string, SelfAssessmentAnswer>> {
  const issues = new IssueCollector();
  const answers: Record<string, SelfAssessmentAnswer> = {};
  for (const id of commitmentIds) {
    const score = issues.take(readNumber(inputs[INPUT.score(id)], INPUT.score(id), { required: true, integer: true, min: 1, max: 5 }));
    const difficulties = issues.take(readText(inputs[INPUT.difficulties(id)], INPUT.difficulties(id), { required: false, maxLength: DIFFICULTIES_LIMIT }));
    const priority = issues.take(readChoice(inputs[INPUT.priority(id)], INPUT.priority(id), PRIORITIES, { required: false }));
    if (score !== undefined)
      answers[id] = {
        score,
        ...(difficulties === undefined ? {} : { difficulties }),
        ...(priority === undefined ? {} : { priority }),
      };
  }
  return issues.result(() => answers);
}
