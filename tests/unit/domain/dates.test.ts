import { addDays, daysBetween, toIsoDate } from '../../../src/domain/rules/index.js';

describe('daysBetween', () => {
  it('counts b − a in whole days, negative when b is earlier', () => {
    expect(daysBetween('2024-03-10', '2024-03-15')).toBe(5);
    expect(daysBetween('2024-03-15', '2024-03-10')).toBe(-5);
    expect(daysBetween('2024-03-10', '2024-03-10')).toBe(0);
  });

  it('knows month lengths and leap years', () => {
    expect(daysBetween('2024-01-31', '2024-02-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 2024 is a leap year
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1); // centuries are not leap years…
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2); // …unless divisible by 400
  });

  it('is not shifted by the daylight-saving change', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
});

describe('addDays', () => {
  it('crosses month and year ends, and goes backwards', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-15', 0)).toBe('2024-01-15');
  });
});

describe('toIsoDate', () => {
  it('keeps the date part of an instant', () => {
    expect(toIsoDate('2024-06-30T23:59:59.999Z')).toBe('2024-06-30');
    expect(toIsoDate('2024-06-30')).toBe('2024-06-30');
  });
});
