import type { Roadmap } from '../../api/read-models';
import { indexRoadmap, type RoadmapIndex } from '../../model/roadmap-index';
import type { QueryResult } from '../use-query';
import { useRoadmap } from './use-read-model';

// One index per roadmap object, shared by every component that asks (the cache hands out the same object).
const indexes = new WeakMap<Roadmap, RoadmapIndex>();

function indexOf(roadmap: Roadmap): RoadmapIndex {
  let index = indexes.get(roadmap);
  if (!index) {
    indexes.set(roadmap, (index = indexRoadmap(roadmap)));
  }
  return index;
}

/** The roadmap and its lookups (actions, engagements, indicators by id). */
export function useRoadmapIndex(): QueryResult<Roadmap> & { index: RoadmapIndex | undefined } {
  const result = useRoadmap();
  return { ...result, index: result.data ? indexOf(result.data) : undefined };
}
