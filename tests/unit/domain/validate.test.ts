import { actionSchema, commitmentSchema, indicatorSchema } from '../../../src/domain/entities/index.js';
import { ValidationError } from '../../../src/domain/errors.js';
import { validate } from '../../../src/domain/validation/validate.js';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const action = { id: 'act-1', commitmentId: 'eng-1', title: 'Plan vélo', status: 'in_progress', half: 'first' };

describe('validate', () => {
  it('returns the parsed record when valid, trimming single-line text', () => {
    expect(validate(actionSchema, { ...action, title: '  Plan vélo  ' }).title).toBe('Plan vélo');
  });

  it('gives one issue per field, in French and English', () => {
    const issues = issuesOf(() => validate(actionSchema, { ...action, progress: 140, title: 'x'.repeat(201) }));
    expect(issues.map((i) => i.path).sort()).toEqual(['progress', 'title']);
    const progress = issues.find((i) => i.path === 'progress')!;
    expect(progress.message.fr).toContain('100');
    expect(progress.message.fr).toMatch(/Trop grand/);
    expect(progress.message.en).toMatch(/Too big/);
  });

  it('reports each unknown field on its own path', () => {
    const issues = issuesOf(() => validate(actionSchema, { ...action, colour: 'red', mood: 1 }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['colour', 'unrecognized_keys'],
      ['mood', 'unrecognized_keys'],
    ]);
  });

  it('explains the rules zod cannot express, in both languages', () => {
    const [due] = issuesOf(() => validate(actionSchema, { ...action, startDate: '2027-01-10', dueDate: '2026-12-31' }));
    expect(due).toMatchObject({ path: 'dueDate', code: 'custom' });
    expect(due!.message.fr).toContain('échéance');
    expect(due!.message.en).toContain('due date');

    const [gap] = issuesOf(() =>
      validate(commitmentSchema, { id: 'e', axisId: 'a', reference: '1.1', title: 'T', status: 'abandoned', gapJustification: '  ' }),
    );
    expect(gap!.path).toBe('gapJustification');
  });

  it('points at the exact milestone that is out of order', () => {
    const indicator = {
      id: 'ind-1',
      commitmentId: 'eng-1',
      name: 'Part modale vélo',
      unit: '%',
      direction: 'increase',
      baselineValue: 3,
      baselineDate: '2025-01-01',
      targetValue: 8,
      targetDate: '2032-01-01',
      frequency: 'annual',
      milestones: [
        { date: '2027-01-01', value: 4 },
        { date: '2026-01-01', value: 5 },
      ],
    };
    expect(issuesOf(() => validate(indicatorSchema, indicator)).map((i) => i.path)).toEqual(['milestones.1.date']);
    expect(issuesOf(() => validate(indicatorSchema, { ...indicator, milestones: [], targetValue: 2 })).map((i) => i.path)).toEqual([
      'targetValue',
    ]);
  });
});

describe('single-line fields', () => {
  it('refuses line breaks with a message saying so, and accepts the same text on one line', () => {
    const issues = issuesOf(() => validate(actionSchema, { ...action, title: 'Plan vélo\nphase 2' }));
    expect(issues).toEqual([expect.objectContaining({ path: 'title', code: 'custom' })]);
    expect(issues[0]!.message.fr).toContain('une ligne');
    expect(validate(actionSchema, { ...action, title: 'Plan vélo — phase 2' }).title).toBe('Plan vélo — phase 2');
  });
});
