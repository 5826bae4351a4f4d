import type { Action, Axis, Commitment } from '../entities/index.js';
import { groupBy } from './group-by.js';

export interface WeightedProgress {
  progress?: number;
  weight?: number;
}

/** Weighted mean of the items that have a progress; undefined when none has one. Weight defaults to 1. Rounded to 1 decimal. */
export function weightedProgress(items: readonly WeightedProgress[]): number | undefined {
  let sum = 0;
  let totalWeight = 0;
  for (const { progress, weight = 1 } of items) {
    // A record without progress is unknown, not 0 %: counting it would drag the mean down.
    if (progress === undefined) continue;
    sum += progress * weight;
    totalWeight += weight;
  }
  // The schema forbids zero weights; the guard only keeps a bad record from producing NaN.
  if (totalWeight <= 0) return undefined;
  return Math.round((sum / totalWeight) * 10) / 10;
}

export interface RollupInput {
  axes: readonly Axis[];
  commitments: readonly Commitment[];
  actions: readonly Action[];
}

export interface Rollup {
  mandate?: number;
  axes: Map<string, number | undefined>;
  commitments: Map<string, number | undefined>;
}

function commitmentProgress(commitment: Commitment, actions: readonly Action[]): number | undefined {
  // A cancelled action no longer contributes to keeping the promise.
  const value = weightedProgress(actions.filter((a) => a.status !== 'cancelled'));
  // A promise declared kept counts as fully done even when no action tracks it.
  if (value === undefined && commitment.status === 'done') return 100;
  return value;
}

/** Progress roll-up action → commitment → axis → mandate. */
export function rollUpProgress(input: RollupInput): Rollup {
  const actionsByCommitment = groupBy(input.actions, (a) => a.commitmentId);
  const commitments = new Map<string, number | undefined>();
  for (const c of input.commitments) commitments.set(c.id, commitmentProgress(c, actionsByCommitment.get(c.id) ?? []));

  // An abandoned promise keeps its own figure but no longer weighs on its axis.
  const kept = input.commitments.filter((c) => c.status !== 'abandoned');
  const commitmentsByAxis = groupBy(kept, (c) => c.axisId);
  const axes = new Map<string, number | undefined>();
  for (const axis of input.axes) {
    const items = (commitmentsByAxis.get(axis.id) ?? []).map((c) => ({ progress: commitments.get(c.id), weight: c.weight }));
    axes.set(axis.id, weightedProgress(items));
  }

  const mandate = weightedProgress(input.axes.map((a) => ({ progress: axes.get(a.id), weight: a.weight })));
  return { mandate, axes, commitments };
}
