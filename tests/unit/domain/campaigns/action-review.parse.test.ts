import { parseActionReviewStep } from '../../../../src/domain/campaigns/answers/action-review.parse.js';
import type { CardInputs } from '../../../../src/domain/campaigns/answers/answer-result.js';

const context = { indicatorIds: ['ind-places', 'ind-visits'], today: '2026-03-10' };
const parse = (inputs: CardInputs) => parseActionReviewStep(inputs, context);
const issuesOf = (inputs: CardInputs) => {
  const result = parse(inputs);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};

describe('parseActionReviewStep', () => {
  it('reads a full answer, trimming texts and reading measures', () => {
    const result = parse({
      progress: ' 60 ',
      weather: 'cloudy',
      trend: 'up',
      blockers: '  Marché infructueux  ',
      nextSteps: 'Relancer la consultation',
      needs: '',
      comment: 'RAS',
      'measure.ind-places': '45',
      'measureDate.ind-places': '2026-03-01',
      'measure.ind-visits': '',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        progress: 60,
        weather: 'cloudy',
        trend: 'up',
        blockers: 'Marché infructueux',
        nextSteps: 'Relancer la consultation',
        needs: '',
        comment: 'RAS',
        measures: [{ indicatorId: 'ind-places', value: 45, date: '2026-03-01' }],
      },
    });
  });

  it('needs a progress', () => {
    expect(issuesOf({ weather: 'sunny' })).toEqual([{ path: 'progress', code: 'required', message: { fr: 'Cette réponse est obligatoire.', en: 'This answer is required.' } }]);
  });

  it.each([
    ['abc', 'not_a_number'],
    ['140', 'too_big'],
    ['-1', 'too_small'],
    ['12.5', 'not_an_integer'],
  ])('refuses progress %p (%s) on the progress field', (progress, code) => {
    expect(issuesOf({ progress })).toEqual([expect.objectContaining({ path: 'progress', code })]);
  });

  it('reports every problem of the step at once, each on its field', () => {
    const issues = issuesOf({ progress: 'abc', weather: 'rainy', comment: 'x'.repeat(1001), 'measure.ind-visits': 'beaucoup' });
    expect(issues.map((i) => i.path)).toEqual(['progress', 'weather', 'comment', 'measure.ind-visits']);
  });

  it('refuses a measure dated in the future, or a date without a value', () => {
    const issues = issuesOf({ progress: '10', 'measure.ind-places': '3', 'measureDate.ind-places': '2026-03-11', 'measureDate.ind-visits': '2026-03-01' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['measureDate.ind-places', 'date_in_future'],
      ['measure.ind-visits', 'required'],
    ]);
    expect(issues[1]!.message.fr).toBe('Indiquez la valeur mesurée, ou effacez la date.');
  });

  it('ignores inputs of indicators that are not on the step (a forged card cannot add measures)', () => {
    const result = parse({ progress: '10', 'measure.other': '99' });
    expect(result.ok && result.value.measures).toEqual([]);
  });

  it('accepts a negative or decimal measure (indicators are not all counts)', () => {
    const result = parse({ progress: '10', 'measure.ind-places': '-2,5' });
    expect(result.ok && result.value.measures).toEqual([{ indicatorId: 'ind-places', value: -2.5 }]);
  });
});
