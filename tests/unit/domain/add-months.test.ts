import { addMonths, daysBetween } from '../../../src/domain/rules/dates.js';

describe('addMonths and daysBetween', () => {
  it('counts days across months, leap years and DST changes', () => {
    expect(daysBetween('2026-03-22', '2026-03-29')).toBe(7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-27', '2026-11-01')).toBe(-26);
  });

  it('adds months, keeping month ends at month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 1)).toBe('2024-03-31');
    expect(addMonths('2024-12-31', 3)).toBe('2025-03-31');
    expect(addMonths('2025-03-31', 3)).toBe('2025-06-30');
    expect(addMonths('2026-01-15', 11)).toBe('2026-12-15');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });
});
