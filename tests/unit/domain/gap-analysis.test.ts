import { commitmentGap, countGaps, mandateElapsed, perceptionGaps } from '../../../src/domain/rules/gap-analysis.js';

const mandate = { startDate: '2026-03-22', endDate: '2032-03-21' };
const c = (status: 'planned' | 'in_progress' | 'done' | 'revised' | 'abandoned', gapJustification?: string) => ({ id: 'eng-1', status, gapJustification });

describe('mandateElapsed', () => {
  it('is 0 before the start, 100 after the end, and about 50 at mid-term', () => {
    expect(mandateElapsed(mandate, '2026-01-01')).toBe(0);
    expect(mandateElapsed(mandate, '2033-01-01')).toBe(100);
    expect(mandateElapsed(mandate, '2029-03-22')).toBe(50);
  });
});

describe('commitmentGap', () => {
  it('is on track within the margin and behind beyond it', () => {
    expect(commitmentGap(c('in_progress'), 40, 50)).toMatchObject({ status: 'on_track', lag: 10, needsJustification: false });
    expect(commitmentGap(c('in_progress'), 34, 50)).toMatchObject({ status: 'behind', lag: 16, needsJustification: false });
  });

  it('asks for a justification when far behind, until one is written', () => {
    expect(commitmentGap(c('in_progress'), 10, 50)).toMatchObject({ status: 'behind', needsJustification: true });
    expect(commitmentGap(c('in_progress', 'Chantier décalé par le recours.'), 10, 50).needsJustification).toBe(false);
  });

  it('keeps revised and abandoned as such, needing a justification when there is none', () => {
    expect(commitmentGap(c('revised'), 20, 50)).toMatchObject({ status: 'revised', needsJustification: true });
    expect(commitmentGap(c('abandoned', 'Transféré à l’agglomération.'), undefined, 50)).toMatchObject({ status: 'abandoned', needsJustification: false });
  });

  it('says not started only once the time allowed for a slow start has passed', () => {
    expect(commitmentGap(c('planned'), 0, 10).status).toBe('on_track');
    expect(commitmentGap(c('planned'), 0, 40)).toMatchObject({ status: 'not_started', needsJustification: true });
  });

  it('counts a commitment declared done, or at 100 %, as done; without progress it is unknown', () => {
    expect(commitmentGap(c('done'), undefined, 50).status).toBe('done');
    expect(commitmentGap(c('in_progress'), 100, 50).status).toBe('done');
    expect(commitmentGap(c('in_progress'), undefined, 50)).toMatchObject({ status: 'unknown', needsJustification: false });
  });

  it('counts statuses and unjustified gaps', () => {
    const gaps = [commitmentGap(c('in_progress'), 10, 60), commitmentGap(c('done'), 100, 60), commitmentGap(c('revised'), 10, 60)];
    expect(countGaps(gaps)).toMatchObject({ behind: 1, done: 1, revised: 1, unjustified: 2, on_track: 0 });
  });
});

describe('perceptionGaps', () => {
  it('maps the 1–5 scale onto progress and ranks the largest disagreements first', () => {
    const gaps = perceptionGaps(
      new Map([
        ['a', 5],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ]),
      new Map<string, number | undefined>([
        ['a', 30],
        ['b', 60],
        ['c', 50],
        ['d', undefined],
      ]),
    );
    expect(gaps.map((g) => [g.commitmentId, g.electedProgress, g.difference])).toEqual([
      ['a', 100, 70],
      ['b', 25, -35],
      ['c', 50, 0],
    ]);
  });

  it('ignores scores off the scale', () => {
    expect(perceptionGaps(new Map([['a', 7]]), new Map([['a', 10]]))).toEqual([]);
  });
});
