import { paginate, paginateQuestions, QUESTIONS_PER_PAGE } from '../../../../src/domain/campaigns/pagination.js';
import type { Question } from '../../../../src/domain/campaigns/question.schema.js';

const textQuestion = (id: string, labelLength = 20): Question => ({
  id,
  type: 'text',
  label: { fr: 'x'.repeat(labelLength) },
  required: false,
  maxLength: 100,
  multiline: true,
});

describe('pagination', () => {
  it('splits items into pages, the last one shorter', () => {
    expect(paginate([1, 2, 3, 4, 5, 6, 7], 5)).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7],
    ]);
    expect(paginate([], 5)).toEqual([]);
  });

  it('puts at most 10 short questions per page, in order', () => {
    const questions = Array.from({ length: 23 }, (_, i) => textQuestion(`q${i}`));
    const pages = paginateQuestions(questions);
    expect(pages.map((p) => p.length)).toEqual([QUESTIONS_PER_PAGE, QUESTIONS_PER_PAGE, 3]);
    expect(pages.flat().map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it('gives long questions fewer companions', () => {
    const long = Array.from({ length: 10 }, (_, i) => ({ ...textQuestion(`q${i}`, 300), help: { fr: 'h'.repeat(500), en: 'h'.repeat(500) } }));
    const pages = paginateQuestions(long);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toHaveLength(10);
  });
});
