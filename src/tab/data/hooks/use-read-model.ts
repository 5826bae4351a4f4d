import type { Dashboard, Roadmap } from '../../api/read-models';
import { useApi } from '../api-context';
import { keys } from '../query-keys';
import { useQuery, type QueryResult } from '../use-query';

/** The whole roadmap tree (axes → engagements → actions → indicators); the tab filters it itself. */
export function useRoadmap(): QueryResult<Roadmap> {
  return useQuery<Roadmap>(keys.roadmap, useApi().loaders.roadmap);
}

/** The dashboard read model. */
export function useDashboard(): QueryResult<Dashboard> {
  return useQuery<Dashboard>(keys.dashboard, useApi().loaders.dashboard);
}
