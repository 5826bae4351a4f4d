import { daysLate, effectiveDueDate, isLate } from '../../../src/domain/rules/index.js';
import { makeAction } from './factories.js';

describe('effectiveDueDate', () => {
  it('prefers the revised due date', () => {
    expect(effectiveDueDate(makeAction({ dueDate: '2024-06-30', revisedDueDate: '2024-12-31' }))).toBe('2024-12-31');
    expect(effectiveDueDate(makeAction({ dueDate: '2024-06-30' }))).toBe('2024-06-30');
    expect(effectiveDueDate(makeAction({ revisedDueDate: '2024-12-31' }))).toBe('2024-12-31');
    expect(effectiveDueDate(makeAction())).toBeUndefined();
  });
});

describe('isLate / daysLate', () => {
  it('an action due yesterday is late by one day', () => {
    const action = makeAction({ dueDate: '2024-06-30' });
    expect(isLate(action, '2024-07-01')).toBe(true);
    expect(daysLate(action, '2024-07-01')).toBe(1);
  });

  it('an action due today is not late yet', () => {
    const action = makeAction({ dueDate: '2024-06-30' });
    expect(isLate(action, '2024-06-30')).toBe(false);
    expect(daysLate(action, '2024-06-30')).toBe(0);
  });

  it('a later revised due date clears the lateness; an earlier one creates it', () => {
    const postponed = makeAction({ dueDate: '2024-06-30', revisedDueDate: '2024-12-31' });
    expect(isLate(postponed, '2024-09-01')).toBe(false);
    expect(daysLate(postponed, '2024-09-01')).toBe(0);
    const advanced = makeAction({ dueDate: '2024-12-31', revisedDueDate: '2024-06-30' });
    expect(isLate(advanced, '2024-09-01')).toBe(true);
    expect(daysLate(advanced, '2024-09-01')).toBe(63);
  });

  it('done and cancelled actions are never late', () => {
    for (const status of ['done', 'cancelled'] as const) {
      const action = makeAction({ dueDate: '2020-01-01', status });
      expect(isLate(action, '2024-07-01')).toBe(false);
      expect(daysLate(action, '2024-07-01')).toBe(0);
    }
  });

  it('planned and blocked actions can be late', () => {
    expect(isLate(makeAction({ dueDate: '2024-06-30', status: 'planned' }), '2024-07-01')).toBe(true);
    expect(isLate(makeAction({ dueDate: '2024-06-30', status: 'blocked' }), '2024-07-01')).toBe(true);
  });

  it('an action without any due date is never late', () => {
    expect(isLate(makeAction(), '2099-01-01')).toBe(false);
    expect(daysLate(makeAction(), '2099-01-01')).toBe(0);
  });

  it('counts days across February in leap and common years', () => {
    expect(daysLate(makeAction({ dueDate: '2024-02-01' }), '2024-03-01')).toBe(29);
    expect(daysLate(makeAction({ dueDate: '2023-02-01' }), '2023-03-01')).toBe(28);
    expect(daysLate(makeAction({ dueDate: '2023-12-31' }), '2024-12-31')).toBe(366);
  });
});
