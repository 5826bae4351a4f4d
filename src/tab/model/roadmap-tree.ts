import type { AxisNode, CommitmentNode } from '../api/read-models';
import type { IndexedAction } from './roadmap-index';

interface Position {
  /** 1 = axis, 2 = engagement, 3 = action (aria-level). */
  level: 1 | 2 | 3;
  /** Position among its siblings, from 1 (aria-posinset) and their number (aria-setsize). */
  posInSet: number;
  setSize: number;
}

export type TreeRow =
  | (Position & { kind: 'axis'; key: string; axis: AxisNode; shown: number; expanded: boolean })
  | (Position & { kind: 'commitment'; key: string; commitment: CommitmentNode; axis: AxisNode; shown: number; expanded: boolean })
  | (Position & { kind: 'action'; key: string; item: IndexedAction });

/**
 * The visible rows of the tree axes → engagements → actions for the actions that passed the filters.
 * Without filters every axis and engagement shows, even empty ones; with filters only those with a matching action.
 */
export function buildTreeRows(
  axes: readonly AxisNode[],
  shown: readonly IndexedAction[],
  collapsed: ReadonlySet<string>,
  filtered: boolean,
): TreeRow[] {
  const byCommitment = new Map<string, IndexedAction[]>();
  for (const item of shown) {
    const list = byCommitment.get(item.commitment.id);
    if (list) list.push(item);
    else byCommitment.set(item.commitment.id, [item]);
  }
  const rows: TreeRow[] = [];
  const visibleAxes = axes
    .map((axis) => ({ axis, commitments: axis.commitments.filter((c) => !filtered || byCommitment.has(c.id)) }))
    .filter(({ commitments }) => !filtered || commitments.length > 0);
  visibleAxes.forEach(({ axis, commitments }, axisIndex) => {
    const axisKey = `axis:${axis.id}`;
    const axisShown = commitments.reduce((n, c) => n + (byCommitment.get(c.id)?.length ?? 0), 0);
    const axisExpanded = !collapsed.has(axisKey);
    rows.push({ kind: 'axis', key: axisKey, axis, shown: axisShown, expanded: axisExpanded, level: 1, posInSet: axisIndex + 1, setSize: visibleAxes.length });
    if (!axisExpanded) return;
    commitments.forEach((commitment, commitmentIndex) => {
      const key = `commitment:${commitment.id}`;
      const actions = byCommitment.get(commitment.id) ?? [];
      const expanded = !collapsed.has(key);
      rows.push({ kind: 'commitment', key, commitment, axis, shown: actions.length, expanded, level: 2, posInSet: commitmentIndex + 1, setSize: commitments.length });
      if (!expanded) return;
      actions.forEach((item, actionIndex) =>
        rows.push({ kind: 'action', key: `action:${item.action.id}`, item, level: 3, posInSet: actionIndex + 1, setSize: actions.length }),
      );
    });
  });
  return rows;
}
