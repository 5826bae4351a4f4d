import type { AxisNode, IndicatorView, Roadmap, RoadmapAction } from '../api/read-models';

export const EXCEPTION_REASONS = ['blocked', 'stormy', 'late', 'changed'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/** An action that needs the meeting's attention, and why. */
export interface ActionException {
  action: RoadmapAction;
  reasons: ExceptionReason[];
}

export interface CoverSlide {
  kind: 'cover';
  key: 'cover';
  roadmap: Roadmap;
  indicatorsBehind: number;
  changed: number;
}

export interface AxisSlide {
  kind: 'axis';
  key: string;
  axis: AxisNode;
  exceptions: ActionException[];
  indicatorsBehind: IndicatorView[];
  /** Followed actions of the axis (cancelled excluded). */
  followed: number;
}

export type Slide = CoverSlide | AxisSlide;

/**
 * New or changed since the last meeting: changed after its creation, or created after the roadmap was first loaded
 * (records created within an hour of the mandate belong to the initial load or the demo seed, not to the week's news).
 */
function changedSince(action: RoadmapAction, since: string, loadedAt: string | undefined): boolean {
  if (action.updatedAt < since) return false;
  if (action.version !== '1') return true;
  return loadedAt === undefined || Date.parse(action.createdAt) - Date.parse(loadedAt) > 3_600_000;
}

function reasonsOf(action: RoadmapAction, since: string, loadedAt: string | undefined): ExceptionReason[] {
  const reasons: ExceptionReason[] = [];
  if (action.status === 'blocked') reasons.push('blocked');
  if (action.weather === 'stormy' && action.status !== 'done') reasons.push('stormy');
  if (action.late) reasons.push('late');
  if (changedSince(action, since, loadedAt)) reasons.push('changed');
  return reasons;
}

const severity = (e: ActionException): number => Math.min(...e.reasons.map((r) => EXCEPTION_REASONS.indexOf(r)));

/** Exceptions of an axis, worst first: blocked, stormy, late (longest first), then changed since the last meeting. */
export function axisExceptions(axis: AxisNode, since: string, loadedAt?: string): ActionException[] {
  return axis.commitments
    .flatMap((c) => c.actions)
    .filter((a) => a.status !== 'cancelled')
    .map((action) => ({ action, reasons: reasonsOf(action, since, loadedAt) }))
    .filter((e) => e.reasons.length > 0)
    .sort((x, y) => severity(x) - severity(y) || y.action.daysLate - x.action.daysLate || x.action.title.localeCompare(y.action.title));
}

const indicatorsOf = (axis: AxisNode): IndicatorView[] =>
  axis.commitments.flatMap((c) => [...c.indicators, ...c.actions.flatMap((a) => a.indicators)]);

/** The slides of the management meeting: a cover, then one slide per axis, exceptions first. `since` is an ISO date. */
export function buildSlides(roadmap: Roadmap, since: string): Slide[] {
  const axisSlides: AxisSlide[] = roadmap.axes.map((axis) => ({
    kind: 'axis',
    key: `axis:${axis.id}`,
    axis,
    exceptions: axisExceptions(axis, since, roadmap.mandate?.createdAt),
    indicatorsBehind: indicatorsOf(axis).filter((i) => i.assessment.state === 'behind'),
    followed: axis.commitments.reduce((n, c) => n + c.actions.filter((a) => a.status !== 'cancelled').length, 0),
  }));
  return [
    {
      kind: 'cover',
      key: 'cover',
      roadmap,
      indicatorsBehind: axisSlides.reduce((n, s) => n + s.indicatorsBehind.length, 0),
      changed: axisSlides.reduce((n, s) => n + s.exceptions.filter((e) => e.reasons.includes('changed')).length, 0),
    },
    ...axisSlides,
  ];
}

/** The default "last meeting": a week before `asOf` (YYYY-MM-DD). */
export function weekBefore(asOf: string): string {
  const date = new Date(`${asOf}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 7);
  return date.toISOString().slice(0, 10);
}
