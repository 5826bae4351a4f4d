import type { Commitment, Mandate } from '../entities/index.js';
import { daysBetween } from './dates.js';

/** Where a promise stands against the time spent of the mandate. */
export type DeliveryStatus = 'done' | 'on_track' | 'behind' | 'not_started' | 'revised' | 'abandoned' | 'unknown';

/** Progress points a commitment may trail the time elapsed and still count as on track. */
export const ON_TRACK_MARGIN = 15;
/** Beyond this many points behind, a commitment owes an explanation even if not formally revised. */
export const FAR_BEHIND_MARGIN = 30;

/** Share of the mandate elapsed at a date, in percent (0 before the start, 100 after the end). */
export function mandateElapsed(mandate: Pick<Mandate, 'startDate' | 'endDate'>, date: string): number {
  const total = daysBetween(mandate.startDate, mandate.endDate);
  const spent = Math.min(Math.max(daysBetween(mandate.startDate, date), 0), total);
  return total > 0 ? Math.round((spent / total) * 1000) / 10 : 100;
}

/** One commitment, promised against done. */
export interface CommitmentGap {
  commitmentId: string;
  status: DeliveryStatus;
  progress?: number;
  /** Points behind (positive) or ahead (negative) of the time elapsed. */
  lag?: number;
  /** True while the gap is unexplained: revised, abandoned or far behind without a public justification. */
  needsJustification: boolean;
}

/** Promised vs done for one commitment, given its roll-up progress and the share of the mandate elapsed. */
export function commitmentGap(commitment: Pick<Commitment, 'id' | 'status' | 'gapJustification'>, progress: number | undefined, elapsed: number): CommitmentGap {
  const justified = Boolean(commitment.gapJustification?.trim());
  const base = { commitmentId: commitment.id, progress };
  if (commitment.status === 'revised' || commitment.status === 'abandoned')
    return { ...base, status: commitment.status, needsJustification: !justified };
  if (commitment.status === 'done') return { ...base, status: 'done', lag: progress === undefined ? undefined : elapsed - progress, needsJustification: false };
  if (progress === undefined) return { ...base, status: 'unknown', needsJustification: false };
  const lag = Math.round((elapsed - progress) * 10) / 10;
  if (progress >= 100) return { ...base, status: 'done', lag, needsJustification: false };
  // Early in the mandate an untouched promise is still on track; later it is "not started".
  const status: DeliveryStatus = lag <= ON_TRACK_MARGIN ? 'on_track' : progress === 0 ? 'not_started' : 'behind';
  return { ...base, status, lag, needsJustification: lag > FAR_BEHIND_MARGIN && !justified };
}

/** Counts of commitments per delivery status (an axis, the whole mandate). */
export function countGaps(gaps: readonly CommitmentGap[]): Record<DeliveryStatus, number> & { unjustified: number } {
  const counts = { done: 0, on_track: 0, behind: 0, not_started: 0, revised: 0, abandoned: 0, unknown: 0, unjustified: 0 };
  for (const gap of gaps) {
    counts[gap.status] += 1;
    if (gap.needsJustification) counts.unjustified += 1;
  }
  return counts;
}

/** The elected officials' view of a commitment (self-assessment 1–5) against the administration's (progress 0–100). */
export interface PerceptionGap {
  commitmentId: string;
  electedScore: number;
  /** The elected score on the progress scale: 1 → 0 %, 5 → 100 %. */
  electedProgress: number;
  administrationProgress: number;
  /** Positive when the elected officials see the commitment further along than the administration does. */
  difference: number;
}

/** Confronts the two views, largest disagreement first; commitments lacking either view are left out. */
export function perceptionGaps(
  electedScores: ReadonlyMap<string, number>,
  administrationProgress: ReadonlyMap<string, number | undefined>,
): PerceptionGap[] {
  const gaps: PerceptionGap[] = [];
  for (const [commitmentId, electedScore] of electedScores) {
    const administration = administrationProgress.get(commitmentId);
    if (administration === undefined || electedScore < 1 || electedScore > 5) continue;
    const electedProgress = (electedScore - 1) * 25;
    gaps.push({ commitmentId, electedScore, electedProgress, administrationProgress: administration, difference: electedProgress - administration });
  }
  return gaps.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.commitmentId.localeCompare(b.commitmentId));
}
