import { buildBilan } from '../../../src/app/bilan/build-bilan.js';
import type { BilanCommitmentDto, BilanDto } from '../../../src/app/bilan/bilan-api.types.js';
import { fixtureSet } from './bilan-fixture.js';

/** Every figure below is computed by hand from bilan-fixture.ts (50 % of the mandate elapsed on 2029-03-22). */
describe('buildBilan on the hand-computed fixture', () => {
  const bilan = buildBilan(fixtureSet(), { kind: 'today' });
  const commitment = (id: string): BilanCommitmentDto => bilan.axes.flatMap((a) => a.commitments).find((c) => c.id === id)!;

  it('rolls progress up: C1 (60+100+20)/3, C2 0 (cancelled action left out), axes and mandate as means', () => {
    expect(bilan.elapsed).toBe(50);
    expect(['C1', 'C2', 'C3', 'C4'].map((id) => commitment(id).progress)).toEqual([60, 0, 10, 100]);
    expect(bilan.axes.map((a) => a.progress)).toEqual([30, 55]);
    expect(bilan.progress).toBe(42.5);
  });

  it('counts actions by state at the bilan date (late wins over in progress and not started)', () => {
    expect(bilan.actions).toEqual({ total: 6, done: 2, inProgress: 1, late: 2, notStarted: 1, blocked: 1, cancelled: 1 });
    expect(commitment('C1').actions).toEqual({ total: 3, done: 1, inProgress: 1, late: 1, notStarted: 0, blocked: 1, cancelled: 0 });
    expect(bilan.axes[0]!.actions).toEqual({ total: 4, done: 1, inProgress: 1, late: 1, notStarted: 1, blocked: 1, cancelled: 1 });
    expect(bilan.axes[1]!.actions).toEqual({ total: 2, done: 1, inProgress: 0, late: 1, notStarted: 0, blocked: 0, cancelled: 0 });
  });

  it('assesses indicators with the latest measure on or before the bilan date', () => {
    expect(bilan.indicators).toEqual({ total: 4, reached: 1, onTrack: 1, behind: 1, noData: 1 });
    // i1 (on action a1 of C1): 80 on 2029-01-01 against 75 expected; the 10 of June 2029 did not exist yet.
    expect(commitment('C1').indicators).toMatchObject({ total: 1, onTrack: 1 });
    expect(commitment('C2').indicators).toMatchObject({ total: 1, noData: 1 });
    expect(commitment('C3').indicators).toMatchObject({ total: 1, behind: 1 });
    expect(commitment('C4').indicators).toMatchObject({ total: 1, reached: 1 });
    expect(bilan.axes.map((a) => a.indicators)).toEqual([
      { total: 2, reached: 0, onTrack: 1, behind: 0, noData: 1 },
      { total: 2, reached: 1, onTrack: 0, behind: 1, noData: 0 },
    ]);
  });

  it('adds budgets planned and spent: 3 500 € planned, 2 500 € spent (71.4 %)', () => {
    expect(bilan.budget).toEqual({ planned: 3500, spent: 2500, consumption: 71.4, actionsWithBudget: 3 });
    expect(commitment('C1').budget).toEqual({ planned: 1500, spent: 1000, consumption: 66.7, actionsWithBudget: 2 });
    expect(commitment('C3').budget).toEqual({ planned: 0, spent: 0, consumption: undefined, actionsWithBudget: 0 });
  });

  it('compares each commitment with the time elapsed and counts statuses', () => {
    expect(['C1', 'C2', 'C3', 'C4'].map((id) => [commitment(id).delivery, commitment(id).lag])).toEqual([
      ['on_track', -10],
      ['revised', undefined],
      ['behind', 40],
      ['done', -50],
    ]);
    expect(bilan.commitments).toEqual({
      total: 4,
      byStatus: { planned: 1, in_progress: 1, done: 1, revised: 1, abandoned: 0 },
      byDelivery: { done: 1, on_track: 1, behind: 1, not_started: 0, revised: 1, abandoned: 0, unknown: 0 },
      unjustified: 1,
    });
  });

  it('lists the gaps: C3 far behind without justification to explain, C2 revised and justified', () => {
    expect(bilan.gapsToExplain.map((g) => [g.commitmentId, g.reason, g.lag])).toEqual([['C3', 'far_behind', 40]]);
    expect(bilan.justifiedGaps.map((g) => [g.commitmentId, g.reason, g.justification])).toEqual([['C2', 'revised', 'Reporté faute de subvention.']]);
  });

  it('confronts the latest self-assessment (submitted answers only) with the latest reviews', () => {
    expect(bilan.views.elected).toMatchObject({ id: 'e1', respondents: 2 });
    expect(bilan.views.review).toMatchObject({ id: 'rv1', respondents: 1 });
    expect(commitment('C1').elected).toEqual({ score: 4.5, respondents: 2, progress: 87.5 });
    // a1 at 70 (latest review), a2 at 100 (roadmap), a3 at 50 (older review): (70+100+50)/3.
    expect(commitment('C1').administration).toEqual({ progress: 73.3, source: 'review' });
    expect(commitment('C2').administration).toEqual({ progress: 0, source: 'roadmap' });
    expect(commitment('C4').elected).toBeUndefined();
    expect(bilan.views.compared).toBe(2);
    expect(bilan.views.gaps.map((g) => [g.commitmentId, g.electedProgress, g.administrationProgress])).toEqual([
      ['C3', 75, 30],
      ['C1', 87.5, 73.3],
    ]);
    expect(bilan.views.gaps[0]!.difference).toBe(45);
    expect(bilan.views.gaps[1]!.difference).toBeCloseTo(14.2, 5);
  });

  it('hears the feedback: counts, participants, themes regardless of case and accents', () => {
    expect(bilan.voice).toMatchObject({
      count: 3,
      citizen: 2,
      participants: 150,
      commitmentsLinked: 2,
      byKind: { citizen_workshop: 1, online_consultation: 1, elected_seminar: 0, administration_meeting: 1, other: 0 },
      themes: [
        { theme: 'Vélo', count: 2 },
        { theme: 'École', count: 1 },
        { theme: 'Organisation', count: 1 },
        { theme: 'Santé', count: 1 },
      ],
    });
    expect(commitment('C1').voice).toEqual({ count: 2, citizen: 2, participants: 140, themes: [{ theme: 'Vélo', count: 2 }, { theme: 'École', count: 1 }, { theme: 'Santé', count: 1 }] });
    expect(commitment('C3').voice).toMatchObject({ count: 2, citizen: 1, participants: 50 });
  });

  it('adds up the 1,607 hours: the latest answer per service, hours per use and the overall split', () => {
    const w: BilanDto['workingTime'] = bilan.workingTime;
    expect(w.campaign).toMatchObject({ id: 'w1', respondents: 2 });
    expect(w.services).toEqual([
      { serviceId: 'S2', serviceName: 'Culture', hoursFreed: 200, split: { better_service: 25, new_projects: 25, quality_of_life: 25, other: 25 }, hours: { better_service: 50, new_projects: 50, quality_of_life: 50, other: 50 } },
      { serviceId: 'S1', serviceName: 'Sports', hoursFreed: 800, split: { better_service: 50, new_projects: 50, quality_of_life: 0, other: 0 }, hours: { better_service: 400, new_projects: 400, quality_of_life: 0, other: 0 } },
    ]);
    expect(w.total).toEqual({ services: 2, hoursFreed: 1000, hours: { better_service: 450, new_projects: 450, quality_of_life: 50, other: 50 }, split: { better_service: 45, new_projects: 45, quality_of_life: 5, other: 5 } });
  });

  it('shows empty states, not zeros from nowhere, when no campaign has answers', () => {
    const empty = buildBilan(fixtureSet({ campaigns: false }), { kind: 'today' });
    expect(empty.views).toEqual({ elected: undefined, review: undefined, compared: 0, gaps: [] });
    expect(empty.workingTime.campaign).toBeUndefined();
    expect(empty.workingTime.services).toEqual([]);
    // Without reviews the administration's view is the roadmap's roll-up.
    expect(empty.axes[0]!.commitments[0]!.administration).toEqual({ progress: 60, source: 'roadmap' });
  });
});
