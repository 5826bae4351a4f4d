import type { Indicator } from '../api/records';

export interface TrajectoryPoint {
  kind: 'baseline' | 'milestone' | 'target';
  date: string;
  value: number;
}

/** The planned path of an indicator: its baseline, its jalons, its target. */
export function trajectoryPoints(indicator: Pick<Indicator, 'baselineDate' | 'baselineValue' | 'milestones' | 'targetDate' | 'targetValue'>): TrajectoryPoint[] {
  return [
    { kind: 'baseline', date: indicator.baselineDate, value: indicator.baselineValue },
    ...indicator.milestones.map((m) => ({ kind: 'milestone' as const, date: m.date, value: m.value })),
    { kind: 'target', date: indicator.targetDate, value: indicator.targetValue },
  ];
}
