import { CUSTOM_INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import type { CustomAnswer } from '../../src/domain/campaigns/answers/custom.answer.js';
import { pickLabel } from '../../src/domain/campaigns/localized-label.schema.js';
import { scaleBounds, type Question } from '../../src/domain/campaigns/question.schema.js';
import type { FieldIssue } from '../../src/domain/errors.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { CardElement } from './adaptive-card.types.js';
import { text } from './card-elements.js';
import { choiceInput, dateInput, numberInput, textInput } from './card-inputs.js';

/** The string an input starts with for a saved answer. */
export function answerAsInput(answer: CustomAnswer): string {
  return answer.type === 'choice' ? answer.values.join(',') : String(answer.value);
}

/** The label of a question's input: numbered, with the unit of a number question. */
export function questionLabel(question: Question, index: number, lang: Lang): string {
  const unit = question.type === 'number' && question.unit ? ` (${question.unit})` : '';
  return `${index + 1}. ${pickLabel(question.label, lang)}${unit}`;
}

// Scales up to 5 read best as radio buttons; 0–10 as a list would be eleven lines on a phone.
const EXPANDED_SCALE_MAX = 5;

/** The input of one custom question, with its help text and its error. */
export function questionInput(question: Question, index: number, prefill: string | undefined, issue: FieldIssue | undefined, lang: Lang): CardElement[] {
  const id = CUSTOM_INPUT.question(question.id);
  const label = questionLabel(question, index, lang);
  const o = { lang, issue, required: question.required };
  const help = question.help ? [text(pickLabel(question.help, lang), { isSubtle: true, size: 'small', spacing: 'small' })] : [];
  switch (question.type) {
    case 'choice': {
      // Option labels are people's text: a compact list shows them as plain text, never as markdown.
      const choices = question.options.map((option) => ({ title: pickLabel(option.label, lang), value: option.value }));
      return [...choiceInput(id, label, choices, prefill, { ...o, multiple: question.multiple }), ...help];
    }
    case 'scale': {
      const { min, max } = scaleBounds(question.scale);
      const choices = Array.from({ length: max - min + 1 }, (_, i) => ({ title: String(min + i), value: String(min + i) }));
      return [...choiceInput(id, label, choices, prefill, { ...o, style: max <= EXPANDED_SCALE_MAX ? 'expanded' : 'compact' }), ...help];
    }
    case 'number':
      return [...numberInput(id, label, prefill, { ...o, min: question.min, max: question.max }), ...help];
    case 'date':
      return [...dateInput(id, label, prefill, o), ...help];
    case 'text':
      return [...textInput(id, label, prefill, { ...o, maxLength: question.maxLength, multiline: question.multiline }), ...help];
  }
}
