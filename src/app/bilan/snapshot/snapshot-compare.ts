import type { EntityRecords } from '../../../domain/snapshots/snapshot-content.js';
import { diffRecords } from '../../../domain/snapshots/snapshot-diff.js';
import { rollUpProgress } from '../../../domain/rules/progress-rollup.js';
import type { ComparedSideDto, SnapshotComparisonDto } from '../bilan-api.types.js';

/** One side of a comparison: what it is, and its records. */
export interface ComparedSide {
  side: ComparedSideDto;
  records: EntityRecords;
}

const rollupOf = (records: EntityRecords) => rollUpProgress({ axes: records.axis, commitments: records.commitment, actions: records.action });

/** What moved from one side to the other: records added, removed and changed, actions that slipped, progress (pure). */
export function compareSides(from: ComparedSide, to: ComparedSide): SnapshotComparisonDto {
  const diff = diffRecords(from.records, to.records);
  const [before, after] = [rollupOf(from.records), rollupOf(to.records)];
  const titles = new Map([...from.records.axis, ...to.records.axis].map((a) => [a.id, a.title]));
  const axisIds = [...new Set([...to.records.axis, ...from.records.axis].map((a) => a.id))];
  return {
    from: from.side,
    to: to.side,
    ...diff,
    progress: {
      mandate: { from: before.mandate, to: after.mandate },
      axes: axisIds.map((id) => ({ id, title: titles.get(id) ?? id, from: before.axes.get(id), to: after.axes.get(id) })),
    },
  };
}
