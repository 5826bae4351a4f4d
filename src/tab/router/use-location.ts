import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { hrefOf, matchRoute, parseHash, type Location, type Route } from './routes';

const subscribe = (listener: () => void): (() => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const getHash = (): string => window.location.hash;

/** The current hash location, re-rendering on change. */
export function useLocation(): Location & { route: Route } {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => {
    const location = parseHash(hash);
    return { ...location, route: matchRoute(location.path) };
  }, [hash]);
}

/** Goes to a path; `replace` rewrites the current history entry (e.g. a filter change). */
export function navigate(path: string, query?: URLSearchParams | Record<string, string | undefined>, replace = false): void {
  const href = hrefOf(path, query);
  if (replace) {
    window.history.replaceState(window.history.state, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = href.slice(1);
}

/** Reads and writes the query of the current page, keeping its path. */
export function useQueryParams(): [URLSearchParams, (next: Record<string, string | undefined>) => void] {
  const { path, query } = useLocation();
  const update = useCallback(
    (next: Record<string, string | undefined>) => {
      const merged = new URLSearchParams(query);
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '') merged.delete(key);
        else merged.set(key, value);
      }
      navigate(path, merged, true);
    },
    [path, query],
  );
  return [query, update];
}
