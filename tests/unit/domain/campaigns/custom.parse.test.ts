import { parseCustomPage } from '../../../../src/domain/campaigns/answers/custom.parse.js';
import type { Question } from '../../../../src/domain/campaigns/question.schema.js';
import { QUESTIONS } from './campaign-factories.js';

const questions: Question[] = Object.values(QUESTIONS);

describe('parseCustomPage', () => {
  it('reads each type of question into a tagged answer', () => {
    const result = parseCustomPage(
      { 'q.canal': 'teams', 'q.themes': 'schools,housing', 'q.satisfaction': '4', 'q.nps': '9', 'q.agents': '12', 'q.start': '2026-09-01', 'q.remarks': ' Merci ' },
      questions,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        canal: { type: 'choice', values: ['teams'] },
        themes: { type: 'choice', values: ['schools', 'housing'] },
        satisfaction: { type: 'scale', value: 4 },
        nps: { type: 'scale', value: 9 },
        agents: { type: 'number', value: 12 },
        start: { type: 'date', value: '2026-09-01' },
        remarks: { type: 'text', value: 'Merci' },
      },
    });
  });

  it('leaves unanswered optional questions out, and reports the required ones', () => {
    const result = parseCustomPage({ 'q.remarks': '' }, questions);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['q.canal', 'required'],
      ['q.satisfaction', 'required'],
      ['q.agents', 'required'],
    ]);
  });

  it('checks each answer against its question', () => {
    const result = parseCustomPage(
      { 'q.canal': 'mail,teams', 'q.themes': 'sports', 'q.satisfaction': '0', 'q.nps': '11', 'q.agents': '12.5', 'q.start': 'demain', 'q.remarks': 'x'.repeat(201) },
      questions,
    );
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['q.canal', 'single_choice'],
      ['q.themes', 'invalid_choice'],
      ['q.satisfaction', 'too_small'],
      ['q.nps', 'too_big'],
      ['q.agents', 'not_an_integer'],
      ['q.start', 'invalid_date'],
      ['q.remarks', 'too_long'],
    ]);
  });

  it('allows decimals on a number question that does not ask for integers', () => {
    const question: Question = { id: 'budget', type: 'number', label: { fr: 'Budget' }, required: true, integer: false };
    expect(parseCustomPage({ 'q.budget': '12,5' }, [question])).toEqual({ ok: true, value: { budget: { type: 'number', value: 12.5 } } });
  });
});
