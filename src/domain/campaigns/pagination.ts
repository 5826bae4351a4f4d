import type { Question } from './question.schema.js';

/** Commitments per self-assessment step: enough to avoid a click per commitment, few enough for a phone. */
export const SELF_ASSESSMENT_PAGE_SIZE = 5;
/** Questions per custom step, at most. */
export const QUESTIONS_PER_PAGE = 10;
// Characters of question text per step: keeps each card far below the Teams message size limit even when every
// label, help text and option is at its maximum length.
const QUESTION_TEXT_BUDGET = 16_000;
const QUESTION_OVERHEAD = 400;

/** Splits items into pages of `size` (the last may be shorter); no items, no pages. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) pages.push(items.slice(i, i + Math.max(1, size)));
  return pages;
}

function questionWeight(q: Question): number {
  const label = (l: { fr: string; en?: string | undefined } | undefined) => (l ? l.fr.length + (l.en?.length ?? 0) : 0);
  const options = q.type === 'choice' ? q.options.reduce((sum, o) => sum + label(o.label) + o.value.length + 60, 0) : 0;
  return QUESTION_OVERHEAD + label(q.label) + label(q.help) + options;
}

/**
 * Groups the questions of a custom campaign into steps, in order: at most QUESTIONS_PER_PAGE per step and within a
 * text budget, so long questions get steps of their own. Deterministic: the same questions give the same steps.
 */
export function paginateQuestions(questions: readonly Question[]): Question[][] {
  const pages: Question[][] = [];
  let page: Question[] = [];
  let weight = 0;
  for (const question of questions) {
    const w = questionWeight(question);
    if (page.length > 0 && (page.length >= QUESTIONS_PER_PAGE || weight + w > QUESTION_TEXT_BUDGET)) {
      pages.push(page);
      page = [];
      weight = 0;
    }
    page.push(question);
    weight += w;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
