import type { PerceptionGapDto } from '../api/bilan';

/** Points of disagreement from which a commitment is flagged: one step of the elected officials' 1–5 scale. */
export const STRONG_DISAGREEMENT = 25;

/** Whether the two views of a commitment differ by a full step of the scale or more. */
export const isStrongDisagreement = (gap: Pick<PerceptionGapDto, 'difference'>): boolean => Math.abs(gap.difference) >= STRONG_DISAGREEMENT;
