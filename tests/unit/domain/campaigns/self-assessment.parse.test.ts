import { parseSelfAssessmentPage } from '../../../../src/domain/campaigns/answers/self-assessment.parse.js';

describe('parseSelfAssessmentPage', () => {
  it('reads a score per commitment, with optional difficulties and priority', () => {
    const result = parseSelfAssessmentPage({ 'score.e1': '4', 'difficulties.e1': ' Foncier ', 'priority.e1': 'high', 'score.e2': '2' }, ['e1', 'e2']);
    expect(result).toEqual({
      ok: true,
      value: { e1: { score: 4, difficulties: 'Foncier', priority: 'high' }, e2: { score: 2 } },
    });
  });

  it('needs a score for each commitment on the page, between 1 and 5', () => {
    const result = parseSelfAssessmentPage({ 'score.e1': '6', 'priority.e2': 'medium' }, ['e1', 'e2']);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['score.e1', 'too_big'],
      ['score.e2', 'required'],
    ]);
  });

  it('refuses an unknown priority', () => {
    const result = parseSelfAssessmentPage({ 'score.e1': '3', 'priority.e1': 'urgent' }, ['e1']);
    expect(!result.ok && result.issues[0]!.path).toBe('priority.e1');
  });
});
