import {
  achievementRatio,
  assessIndicator,
  expectedValueAt,
  latestMeasure,
} from '../../../src/domain/rules/index.js';
import { makeIndicator } from './factories.js';

// 2024 is a leap year: 2024-07-02 is day 183 of the 366 between baseline and target, i.e. exactly half-way.
const HALF_WAY = '2024-07-02';

describe('expectedValueAt', () => {
  const increase = makeIndicator({ baselineValue: 0, targetValue: 100 });

  it('is linear from baseline to target', () => {
    expect(expectedValueAt(increase, HALF_WAY)).toBe(50);
    expect(expectedValueAt(makeIndicator({ direction: 'decrease', baselineValue: 100, targetValue: 50 }), HALF_WAY)).toBe(75);
  });

  it('holds the baseline before the baseline date and the target after the target date', () => {
    expect(expectedValueAt(increase, '2023-06-01')).toBe(0);
    expect(expectedValueAt(increase, '2024-01-01')).toBe(0);
    expect(expectedValueAt(increase, '2025-01-01')).toBe(100);
    expect(expectedValueAt(increase, '2030-01-01')).toBe(100);
  });

  describe('with jalons', () => {
    // Baseline 0 on 1 Jan, jalon 30 on 11 Jan, target 100 on 31 Jan: 10 then 20 days.
    const staged = makeIndicator({
      baselineDate: '2024-01-01',
      targetDate: '2024-01-31',
      milestones: [{ date: '2024-01-11', value: 30 }],
    });

    it('is exactly the jalon on its date', () => {
      expect(expectedValueAt(staged, '2024-01-11')).toBe(30);
    });

    it('interpolates before and after the jalon', () => {
      expect(expectedValueAt(staged, '2024-01-06')).toBe(15);
      expect(expectedValueAt(staged, '2024-01-21')).toBe(65);
    });

    it('follows several jalons, even one that steps back', () => {
      const bumpy = makeIndicator({
        baselineDate: '2024-01-01',
        targetDate: '2024-01-31',
        milestones: [
          { date: '2024-01-11', value: 40 },
          { date: '2024-01-21', value: 20 },
        ],
      });
      expect(expectedValueAt(bumpy, '2024-01-16')).toBe(30);
      expect(expectedValueAt(bumpy, '2024-01-26')).toBe(60);
    });
  });

  it('is the threshold at any date for stay_above and stay_below', () => {
    const above = makeIndicator({ direction: 'stay_above', baselineValue: 85, targetValue: 80 });
    expect(expectedValueAt(above, '2023-01-01')).toBe(80);
    expect(expectedValueAt(above, HALF_WAY)).toBe(80);
    const below = makeIndicator({ direction: 'stay_below', baselineValue: 5, targetValue: 10 });
    expect(expectedValueAt(below, HALF_WAY)).toBe(10);
  });
});

describe('achievementRatio', () => {
  it('measures the way covered from baseline to target, unclamped', () => {
    const increase = makeIndicator({ baselineValue: 20, targetValue: 120 });
    expect(achievementRatio(increase, 20)).toBe(0);
    expect(achievementRatio(increase, 70)).toBe(0.5);
    expect(achievementRatio(increase, 120)).toBe(1);
    expect(achievementRatio(increase, 170)).toBe(1.5);
    expect(achievementRatio(increase, 10)).toBe(-0.1);
  });

  it('reads a decrease the right way round', () => {
    const decrease = makeIndicator({ direction: 'decrease', baselineValue: 100, targetValue: 50 });
    expect(achievementRatio(decrease, 75)).toBe(0.5);
    expect(achievementRatio(decrease, 40)).toBe(1.2);
    expect(achievementRatio(decrease, 110)).toBe(-0.2);
  });

  it('is 1 or 0 for thresholds', () => {
    const above = makeIndicator({ direction: 'stay_above', baselineValue: 85, targetValue: 80 });
    expect(achievementRatio(above, 80)).toBe(1);
    expect(achievementRatio(above, 79.9)).toBe(0);
    const below = makeIndicator({ direction: 'stay_below', baselineValue: 5, targetValue: 10 });
    expect(achievementRatio(below, 10)).toBe(1);
    expect(achievementRatio(below, 10.1)).toBe(0);
  });

  it('is 1 or 0 when target equals baseline', () => {
    const increase = makeIndicator({ baselineValue: 50, targetValue: 50 });
    expect(achievementRatio(increase, 50)).toBe(1);
    expect(achievementRatio(increase, 60)).toBe(1);
    expect(achievementRatio(increase, 40)).toBe(0);
    const decrease = makeIndicator({ direction: 'decrease', baselineValue: 50, targetValue: 50 });
    expect(achievementRatio(decrease, 40)).toBe(1);
    expect(achievementRatio(decrease, 60)).toBe(0);
  });
});

describe('latestMeasure', () => {
  it('picks the latest date whatever the order', () => {
    const measures = [
      { id: 'm1', date: '2024-03-01' },
      { id: 'm2', date: '2024-09-01' },
      { id: 'm3', date: '2024-06-01' },
    ];
    expect(latestMeasure(measures)?.id).toBe('m2');
  });

  it('on a tie, the later in the list wins', () => {
    const measures = [
      { id: 'first', date: '2024-09-01' },
      { id: 'second', date: '2024-09-01' },
      { id: 'older', date: '2024-01-01' },
    ];
    expect(latestMeasure(measures)?.id).toBe('second');
  });

  it('is undefined without measures', () => {
    expect(latestMeasure([])).toBeUndefined();
  });
});

describe('assessIndicator', () => {
  const asOf = '2024-12-01';

  it('says no_data without a measure', () => {
    expect(assessIndicator(makeIndicator(), undefined, asOf)).toEqual({ state: 'no_data' });
  });

  it('ignores a measure dated after asOf', () => {
    expect(assessIndicator(makeIndicator(), { date: '2024-12-02', value: 100 }, asOf)).toEqual({ state: 'no_data' });
    expect(assessIndicator(makeIndicator(), { date: asOf, value: 100 }, asOf).state).toBe('reached');
  });

  describe('increase (0 → 100)', () => {
    const indicator = makeIndicator({ baselineValue: 0, targetValue: 100 });

    it('is reached at or above the target, even before the target date', () => {
      expect(assessIndicator(indicator, { date: '2024-03-01', value: 100 }, asOf)).toEqual({
        latest: { date: '2024-03-01', value: 100 },
        achievement: 1,
        expected: expect.closeTo(16.39, 2),
        state: 'reached',
      });
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 120 }, asOf).achievement).toBe(1.2);
    });

    it('is on track within 2 points of the expected 50 half-way, behind below', () => {
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 60 }, asOf).state).toBe('on_track');
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 50 }, asOf).state).toBe('on_track');
      const boundary = assessIndicator(indicator, { date: HALF_WAY, value: 48 }, asOf);
      expect(boundary).toMatchObject({ state: 'on_track', expected: 50, achievement: 0.48 });
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 47.9 }, asOf).state).toBe('behind');
    });

    it('judges an old measure against the trajectory at its own date, not at asOf', () => {
      // On 1 April (day 91 of 366) the trajectory expects ≈ 24.9; 30 is ahead of it.
      const old = assessIndicator(indicator, { date: '2024-04-01', value: 30 }, asOf);
      expect(old.state).toBe('on_track');
      expect(old.expected).toBeCloseTo(24.863, 3);
    });

    it('is behind after the target date while the target is not met', () => {
      expect(assessIndicator(indicator, { date: '2025-02-01', value: 97 }, '2025-03-01').state).toBe('behind');
      expect(assessIndicator(indicator, { date: '2025-02-01', value: 98 }, '2025-03-01').state).toBe('on_track');
    });

    it('uses the jalons for the expected value', () => {
      const staged = makeIndicator({ milestones: [{ date: HALF_WAY, value: 20 }] });
      expect(assessIndicator(staged, { date: HALF_WAY, value: 25 }, asOf)).toMatchObject({ state: 'on_track', expected: 20 });
      expect(assessIndicator(staged, { date: HALF_WAY, value: 17 }, asOf).state).toBe('behind');
    });
  });

  describe('decrease (100 → 50)', () => {
    const indicator = makeIndicator({ direction: 'decrease', baselineValue: 100, targetValue: 50 });

    it('is reached at or below the target', () => {
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 50 }, asOf).state).toBe('reached');
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 45 }, asOf).state).toBe('reached');
    });

    it('is on track within 1 point (2 % of 50) above the expected 75, behind beyond', () => {
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 70 }, asOf).state).toBe('on_track');
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 76 }, asOf)).toMatchObject({
        state: 'on_track',
        expected: 75,
        achievement: 0.48,
      });
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 76.1 }, asOf).state).toBe('behind');
    });
  });

  describe('stay_above (threshold 80)', () => {
    const indicator = makeIndicator({ direction: 'stay_above', baselineValue: 85, targetValue: 80 });

    it('is reached while at or above the threshold, behind otherwise', () => {
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 80 }, asOf)).toEqual({
        latest: { date: HALF_WAY, value: 80 },
        achievement: 1,
        expected: 80,
        state: 'reached',
      });
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 79.9 }, asOf)).toMatchObject({ state: 'behind', achievement: 0 });
    });
  });

  describe('stay_below (threshold 10)', () => {
    const indicator = makeIndicator({ direction: 'stay_below', baselineValue: 5, targetValue: 10 });

    it('is reached while at or below the threshold, behind otherwise', () => {
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 10 }, asOf).state).toBe('reached');
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 2 }, asOf).state).toBe('reached');
      expect(assessIndicator(indicator, { date: HALF_WAY, value: 10.5 }, asOf).state).toBe('behind');
    });
  });

  it('with target equal to baseline, any shortfall is behind (no tolerance to give)', () => {
    const flat = makeIndicator({ baselineValue: 50, targetValue: 50 });
    expect(assessIndicator(flat, { date: HALF_WAY, value: 50 }, asOf).state).toBe('reached');
    expect(assessIndicator(flat, { date: HALF_WAY, value: 49.9 }, asOf)).toMatchObject({ state: 'behind', achievement: 0 });
  });
});
