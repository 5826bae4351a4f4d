import type { Question } from '../question.schema.js';
import { scaleBounds } from '../question.schema.js';
import { ANSWER_MESSAGES as M } from './answer-messages.js';
import { IssueCollector, type AnswerResult, type CardInputs, type FieldRead } from './answer-result.js';
import type { CustomAnswer } from './custom.answer.js';
import { readChoices, readDate, readNumber, readText } from './field-parsers.js';
import { CUSTOM_INPUT } from './input-ids.js';

function readQuestion(raw: string | undefined, question: Question, path: string): FieldRead<CustomAnswer> {
  const { required } = question;
  const wrap = <T>(read: FieldRead<T>, make: (value: T) => CustomAnswer): FieldRead<CustomAnswer> =>
    read.ok ? { ok: true, value: read.value === undefined ? undefined : make(read.value) } : read;
  switch (question.type) {
    case 'choice': {
      const read = readChoices(raw, path, question.options.map((o) => o.value), { required });
      if (read.ok && !question.multiple && (read.value?.length ?? 0) > 1)
        return { ok: false, issue: { path, code: 'single_choice', message: M.singleChoice() } };
      return wrap(read, (values) => ({ type: 'choice', values }));
    }
    case 'scale':
      return wrap(readNumber(raw, path, { required, integer: true, ...scaleBounds(question.scale) }), (value) => ({ type: 'scale', value }));
    case 'number': {
      const rule = { required, integer: question.integer, min: question.min, max: question.max };
      return wrap(readNumber(raw, path, rule), (value) => ({ type: 'number', value }));
    }
    case 'date':
      return wrap(readDate(raw, path, { required }), (value) => ({ type: 'date', value }));
    case 'text':
      return wrap(readText(raw, path, { required, maxLength: question.maxLength }), (value) => ({ type: 'text', value }));
  }
}

/** Reads the answers to the questions of one page; unanswered optional questions are left out. */
export function parseCustomPage(inputs: CardInputs, questions: readonly Question[]): AnswerResult<Record<string, CustomAnswer>> {
  const issues = new IssueCollector();
  const answers: Record<string, CustomAnswer> = {};
  for (const question of questions) {
    const path = CUSTOM_INPUT.question(question.id);
    const answer = issues.take(readQuestion(inputs[path], question, path));
    // An optional text left empty is no answer at all.
    if (answer !== undefined && !(answer.type === 'text' && answer.value === '')) answers[question.id] = answer;
  }
  return issues.result(() => answers);
}
