import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useApi } from './api-context';
import type { Loader, QuerySnapshot } from './query-cache';

const IDLE: QuerySnapshot<never> = { data: undefined, error: undefined, loading: false, fetching: false };

export interface QueryResult<T> extends QuerySnapshot<T> {
  /** Loads again now. */
  reload: () => void;
}

/** Reads a cached query and keeps it fresh; `key` null means "nothing to load yet". */
export function useQuery<T>(key: string | null, loader: Loader<T>): QueryResult<T> {
  const { cache } = useApi();
  // The latest loader is used without resubscribing: keys identify queries, loaders may be re-created each render.
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const subscribe = useCallback(
    (listener: () => void) =>
      key === null ? () => undefined : cache.subscribe<T>(key, (previous, signal) => loaderRef.current(previous, signal), listener),
    [cache, key],
  );
  const getSnapshot = useCallback(() => (key === null ? IDLE : cache.snapshot<T>(key)), [cache, key]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);
  const reload = useCallback(() => {
    if (key !== null) void cache.load(key);
  }, [cache, key]);
  return { ...snapshot, reload };
}
