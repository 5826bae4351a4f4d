import type { AxisNode, CommitmentNode, IndicatorView, Roadmap, RoadmapAction } from '../api/read-models';
import { foldText } from './fold-text';

/** An action with its place in the tree and a pre-folded search text. */
export interface IndexedAction {
  action: RoadmapAction;
  commitment: CommitmentNode;
  axis: AxisNode;
  /** Folded title, description, blockers, next steps (computed on the first search). */
  readonly text: string;
}

/** An indicator with what it belongs to. */
export interface IndexedIndicator {
  indicator: IndicatorView;
  axis: AxisNode;
  commitment: CommitmentNode;
  action?: RoadmapAction;
}

/** Lookups over the roadmap tree, built once per roadmap. */
export interface RoadmapIndex {
  roadmap: Roadmap;
  actions: IndexedAction[];
  actionById: Map<string, IndexedAction>;
  commitmentById: Map<string, { commitment: CommitmentNode; axis: AxisNode; readonly text: string }>;
  indicators: IndexedIndicator[];
  indicatorById: Map<string, IndexedIndicator>;
}

/** A value computed the first time it is read: folding 5 000 texts is only worth it once someone searches. */
function lazyText<T extends object>(target: T, compute: () => string): T & { readonly text: string } {
  let text: string | undefined;
  return Object.defineProperty(target, 'text', { get: () => (text ??= compute()), enumerable: true }) as T & { readonly text: string };
}

/** Indexes a roadmap: flat lists and maps by id. */
export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const actions: IndexedAction[] = [];
  const indicators: IndexedIndicator[] = [];
  const commitmentById: RoadmapIndex['commitmentById'] = new Map();
  for (const axis of roadmap.axes)
    for (const commitment of axis.commitments) {
      commitmentById.set(
        commitment.id,
        lazyText({ commitment, axis }, () => foldText(`${commitment.reference} ${commitment.title} ${commitment.description ?? ''}`)),
      );
      for (const indicator of commitment.indicators) indicators.push({ indicator, axis, commitment });
      for (const action of commitment.actions) {
        actions.push(
          lazyText({ action, commitment, axis }, () => foldText(`${action.title} ${action.description ?? ''} ${action.blockers ?? ''} ${action.nextSteps ?? ''}`)),
        );
        for (const indicator of action.indicators) indicators.push({ indicator, axis, commitment, action });
      }
    }
  return {
    roadmap,
    actions,
    actionById: new Map(actions.map((a) => [a.action.id, a])),
    commitmentById,
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.indicator.id, i])),
  };
}
