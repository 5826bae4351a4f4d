import { actionState, budgetOf, countActionStates } from '../../../src/domain/rules/bilan-counts.js';
import { electedScores, latestAnsweredCampaign, reviewedProgress, type AnsweredResponse } from '../../../src/domain/rules/bilan-views.js';
import { mainThemes } from '../../../src/domain/rules/bilan-voice.js';
import { workingTimeByService, workingTimeTotal } from '../../../src/domain/rules/bilan-working-time.js';

const selfAssessment = (id: string, personId: string, scores: Record<string, number>, submittedAt?: string, amendedAt?: string): AnsweredResponse => ({
  id,
  campaignId: 'e1',
  personId,
  submittedAt,
  amendedAt,
  answers: { kind: 'elected_self_assessment', bySubject: Object.fromEntries(Object.entries(scores).map(([k, score]) => [k, { score }])) },
});

describe('action states', () => {
  it('judges lateness on the revised due date and never calls done or cancelled late', () => {
    expect(actionState({ status: 'in_progress', dueDate: '2029-01-01', revisedDueDate: '2029-12-01' }, '2029-03-22')).toBe('in_progress');
    expect(actionState({ status: 'done', dueDate: '2020-01-01' }, '2029-03-22')).toBe('done');
    expect(actionState({ status: 'cancelled', dueDate: '2020-01-01' }, '2029-03-22')).toBe('cancelled');
    // Due on the bilan date: the day is not over.
    expect(actionState({ status: 'planned', dueDate: '2029-03-22' }, '2029-03-22')).toBe('not_started');
  });

  it('partitions the followed actions: done + in progress + late + not started = total', () => {
    const counts = countActionStates(
      [{ status: 'blocked' }, { status: 'blocked', dueDate: '2020-01-01' }, { status: 'planned' }, { status: 'done' }, { status: 'cancelled' }],
      '2029-03-22',
    );
    expect(counts).toEqual({ total: 4, done: 1, inProgress: 1, late: 1, notStarted: 1, blocked: 2, cancelled: 1 });
  });

  it('has no consumption when nothing is planned, and counts money spent without a plan', () => {
    expect(budgetOf([{ budgetSpent: 300 }])).toEqual({ planned: 0, spent: 300, consumption: undefined, actionsWithBudget: 0 });
  });
});

describe('the elected view', () => {
  it('averages the scores of the people who submitted, each person once (their latest answer)', () => {
    const scores = electedScores([
      selfAssessment('r1', 'p1', { c1: 2 }, '2029-01-01T00:00:00Z'),
      selfAssessment('r2', 'p1', { c1: 4 }, '2029-01-02T00:00:00Z'),
      selfAssessment('r3', 'p2', { c1: 3, c2: 5 }, '2029-01-01T00:00:00Z'),
      selfAssessment('r4', 'p3', { c1: 1 }),
    ]);
    expect(scores).toEqual(new Map([['c1', { score: 3.5, respondents: 2 }], ['c2', { score: 5, respondents: 1 }]]));
  });

  it('takes an amended answer over the first one', () => {
    const scores = electedScores([selfAssessment('r1', 'p1', { c1: 5 }, '2029-01-01T00:00:00Z', '2029-02-01T00:00:00Z'), selfAssessment('r2', 'p1', { c1: 2 }, '2029-01-15T00:00:00Z')]);
    expect(scores.get('c1')).toEqual({ score: 5, respondents: 1 });
  });

  it('picks the latest campaign that has submitted answers, skipping a newer one still unanswered', () => {
    const campaigns = [
      { id: 'old', kind: 'elected_self_assessment' as const, openingDate: '2028-01-01' },
      { id: 'new', kind: 'elected_self_assessment' as const, openingDate: '2029-01-01', launchedAt: '2029-01-01T08:00:00Z' },
      { id: 'other', kind: 'action_review' as const, openingDate: '2029-06-01' },
    ];
    const answered = [{ ...selfAssessment('r1', 'p1', { c1: 3 }, '2028-02-01T00:00:00Z'), campaignId: 'old' }, { ...selfAssessment('r2', 'p1', { c1: 4 }), campaignId: 'new' }];
    expect(latestAnsweredCampaign(campaigns, answered, 'elected_self_assessment')?.campaign.id).toBe('old');
    expect(latestAnsweredCampaign(campaigns, [], 'elected_self_assessment')).toBeUndefined();
  });
});

describe('the administration view', () => {
  it('keeps, per action, the progress of the latest campaign that reviewed it', () => {
    const review = (id: string, campaignId: string, progress: Record<string, number>, submittedAt: string): AnsweredResponse => ({
      id,
      campaignId,
      personId: 'sh',
      submittedAt,
      answers: { kind: 'action_review', bySubject: Object.fromEntries(Object.entries(progress).map(([k, p]) => [k, { progress: p, measures: [] }])) },
    });
    const campaigns = [
      { id: 'late', kind: 'action_review' as const, openingDate: '2029-01-01' },
      { id: 'early', kind: 'action_review' as const, openingDate: '2028-01-01' },
    ];
    // Answered to the earlier campaign after the later one: the later campaign still wins.
    const progress = reviewedProgress(campaigns, [review('r1', 'late', { a: 70 }, '2029-01-10T00:00:00Z'), review('r2', 'early', { a: 40, b: 10 }, '2029-02-01T00:00:00Z')]);
    expect(progress).toEqual(new Map([['a', 70], ['b', 10]]));
  });
});

describe('themes and 1,607 hours', () => {
  it('counts a theme once per record and keeps the first spelling', () => {
    expect(mainThemes([{ themes: ['Vélo', 'vélo ', 'VELO'] }, { themes: ['Santé'] }], 5)).toEqual([
      { theme: 'Santé', count: 1 },
      { theme: 'Vélo', count: 1 },
    ]);
  });

  it('gives an overall split weighted by hours, and zeroes when no hour was freed', () => {
    const services = workingTimeByService([
      {
        id: 'r',
        campaignId: 'w',
        personId: 'p',
        submittedAt: '2029-01-01T00:00:00Z',
        answers: { kind: 'working_time_1607', bySubject: { s1: { hoursFreed: 3, split: { better_service: 33, new_projects: 33, quality_of_life: 34, other: 0 } } } },
      },
    ]);
    expect(services[0]!.hours).toEqual({ better_service: 1, new_projects: 1, quality_of_life: 1, other: 0 });
    expect(workingTimeTotal(services).split).toEqual({ better_service: 33, new_projects: 33, quality_of_life: 34, other: 0 });
    expect(workingTimeTotal([]).split).toEqual({ better_service: 0, new_projects: 0, quality_of_life: 0, other: 0 });
  });
});
