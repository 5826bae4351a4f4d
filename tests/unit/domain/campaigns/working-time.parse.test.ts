import type { CardInputs } from '../../../../src/domain/campaigns/answers/answer-result.js';
import { parseWorkingTimeStep } from '../../../../src/domain/campaigns/answers/working-time.parse.js';

const split = (a: string, b: string, c: string, d: string): CardInputs => ({
  'split.better_service': a,
  'split.new_projects': b,
  'split.quality_of_life': c,
  'split.other': d,
});
const issuesOf = (inputs: CardInputs) => {
  const result = parseWorkingTimeStep(inputs);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};

describe('parseWorkingTimeStep', () => {
  it('reads hours, a split of 100 and examples', () => {
    expect(parseWorkingTimeStep({ hours: '1 250,5', ...split('40', '30', '20', '10'), examples: 'Accueil du samedi' })).toEqual({
      ok: true,
      value: { hoursFreed: 1250.5, split: { better_service: 40, new_projects: 30, quality_of_life: 20, other: 10 }, examples: 'Accueil du samedi' },
    });
  });

  it('says a split of 90 does not make 100', () => {
    const issues = issuesOf({ hours: '100', ...split('40', '30', '20', '0') });
    expect(issues).toEqual([
      { path: 'split', code: 'split_sum', message: { fr: 'La répartition fait 90 % : elle doit faire exactement 100 %.', en: 'The split adds up to 90 %: it must be exactly 100 %.' } },
    ]);
  });

  it('says a split of 110 does not make 100', () => {
    expect(issuesOf({ hours: '100', ...split('50', '30', '20', '10') })[0]!.message.fr).toContain('110 %');
  });

  it('counts a blank share as 0 %', () => {
    const result = parseWorkingTimeStep({ hours: '0', ...split('70', '30', '', '') });
    expect(result.ok && result.value.split).toEqual({ better_service: 70, new_projects: 30, quality_of_life: 0, other: 0 });
  });

  it('needs hours and a split', () => {
    expect(issuesOf({}).map((i) => [i.path, i.code])).toEqual([
      ['hours', 'required'],
      ['split', 'required'],
    ]);
  });

  it('refuses negative hours and decimal or out-of-range shares, without a misleading sum', () => {
    const issues = issuesOf({ hours: '-5', ...split('50.5', '49.5', '0', '0') });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['hours', 'too_small'],
      ['split.better_service', 'not_an_integer'],
      ['split.new_projects', 'not_an_integer'],
    ]);
    expect(issuesOf({ hours: '5', ...split('150', '0', '0', '0') }).map((i) => i.path)).toEqual(['split.better_service']);
  });
});
