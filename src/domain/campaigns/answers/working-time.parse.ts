import { ANSWER_MESSAGES as M } from './answer-messages.js';
import { IssueCollector, type AnswerResult, type CardInputs } from './answer-result.js';
import { isBlank, readNumber, readText } from './field-parsers.js';
import { WORKING_TIME_INPUT as INPUT } from './input-ids.js';
import { EXAMPLES_LIMIT, MAX_HOURS_FREED, TIME_USES, type TimeUse, type WorkingTimeAnswer } from './working-time.answer.js';

/**
 * Reads one service's 1,607 h answer. A blank share counts as 0 % (people leave "other" empty), but an entirely
 * blank split is a missing answer; the sum must be exactly 100.
 */
export function parseWorkingTimeStep(inputs: CardInputs): AnswerResult<WorkingTimeAnswer> {
  const issues = new IssueCollector();
  const hoursFreed = issues.take(readNumber(inputs[INPUT.hours], INPUT.hours, { required: true, min: 0, max: MAX_HOURS_FREED }));
  const examples = issues.take(readText(inputs[INPUT.examples], INPUT.examples, { required: false, maxLength: EXAMPLES_LIMIT }));
  const allBlank = TIME_USES.every((use) => isBlank(inputs[INPUT.splitPart(use)]));
  const split = {} as Record<TimeUse, number>;
  let partsRead = true;
  for (const use of TIME_USES) {
    const path = INPUT.splitPart(use);
    const share = issues.take(readNumber(inputs[path], path, { required: false, integer: true, min: 0, max: 100 }));
    if (share === undefined && !isBlank(inputs[path])) partsRead = false;
    split[use] = share ?? 0;
  }
  if (allBlank) issues.add({ path: INPUT.split, code: 'required', message: M.required() });
  else if (partsRead) {
    const total = TIME_USES.reduce((sum, use) => sum + split[use], 0);
    if (total !== 100) issues.add({ path: INPUT.split, code: 'split_sum', message: M.splitSum(total) });
  }
  return issues.result(() => ({ hoursFreed: hoursFreed ?? 0, split, ...(examples === undefined ? {} : { examples }) }));
}
