import type { ApiError } from '../api/api-error';

/** What a loader returns: fresh data, or "not modified" to keep what the cache holds. */
export type LoadResult<T> = { data: T; etag?: string } | { notModified: true };

/** Loads a key; gets the ETag of the cached copy to revalidate cheaply. */
export type Loader<T> = (previous: { etag?: string } | undefined, signal: AbortSignal) => Promise<LoadResult<T>>;

/** The state of one cached query, as components see it. */
export interface QuerySnapshot<T> {
  data: T | undefined;
  error: ApiError | Error | undefined;
  /** True while the first load runs (no data yet). */
  loading: boolean;
  /** True while any load runs, including a background revalidation. */
  fetching: boolean;
}

interface Entry {
  snapshot: QuerySnapshot<unknown>;
  etag?: string;
  loader?: Loader<unknown>;
  listeners: Set<() => void>;
  stale: boolean;
  controller?: AbortController;
}

const EMPTY: QuerySnapshot<never> = { data: undefined, error: undefined, loading: true, fetching: false };

/**
 * A small query cache: one entry per key, shared by every component that reads it, revalidated when invalidated
 * while someone is watching. Snapshots are immutable so that useSyncExternalStore can compare them.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { snapshot: EMPTY, listeners: new Set(), stale: true };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The current snapshot of a key. */
  snapshot<T>(key: string): QuerySnapshot<T> {
    return (this.entries.get(key)?.snapshot ?? EMPTY) as QuerySnapshot<T>;
  }

  /** Watches a key; the first watcher (or a stale entry) triggers a load. Returns the unsubscribe function. */
  subscribe<T>(key: string, loader: Loader<T>, listener: () => void): () => void {
    const entry = this.entry(key);
    entry.loader = loader;
    entry.listeners.add(listener);
    if (entry.stale && !entry.controller) void this.load(key);
    return () => {
      entry.listeners.delete(listener);
    };
  }

  /** Starts loading a key before anyone watches it (at start-up, while the page's code downloads). */
  prefetch<T>(key: string, loader: Loader<T>): void {
    const entry = this.entry(key);
    entry.loader ??= loader as Loader<unknown>;
    if (entry.stale && !entry.controller) void this.load(key);
  }

  /** Loads a key now (again); concurrent calls share the running load. */
  async load(key: string): Promise<void> {
    const entry = this.entry(key);
    const loader = entry.loader;
    if (!loader || entry.controller) return;
    const controller = new AbortController();
    entry.controller = controller;
    entry.stale = false;
    this.update(entry, { fetching: true });
    try {
      const result = await loader(entry.etag === undefined ? undefined : { etag: entry.etag }, controller.signal);
      if ('notModified' in result) this.update(entry, { loading: false, fetching: false, error: undefined });
      else {
        entry.etag = result.etag;
        this.update(entry, { data: result.data, loading: false, fetching: false, error: undefined });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.update(entry, { error: error instanceof Error ? error : new Error(String(error)), loading: false, fetching: false });
    } finally {
      if (entry.controller === controller) entry.controller = undefined;
      // An invalidation that arrived during the load asks for another one.
      if (entry.stale && entry.listeners.size > 0) void this.load(key);
    }
  }

  /** Marks every key starting with one of `prefixes` stale and reloads those that are watched. */
  invalidate(...prefixes: string[]): void {
    for (const [key, entry] of this.entries) {
      if (!prefixes.some((p) => key === p || key.startsWith(`${p}/`) || key.startsWith(`${p}?`))) continue;
      entry.stale = true;
      if (entry.listeners.size > 0 && !entry.controller) void this.load(key);
    }
  }

  /** Replaces the data of a key (e.g. with the record a write returned). */
  set<T>(key: string, data: T, etag?: string): void {
    const entry = this.entry(key);
    entry.etag = etag;
    entry.stale = false;
    this.update(entry, { data, error: undefined, loading: false });
  }

  /** Forgets everything (another identity or language): watched keys load again. */
  reset(): void {
    for (const [key, entry] of this.entries) {
      entry.controller?.abort();
      entry.controller = undefined;
      entry.etag = undefined;
      entry.stale = true;
      this.update(entry, { data: undefined, error: undefined, loading: true, fetching: false });
      if (entry.listeners.size > 0) void this.load(key);
    }
  }

  private update(entry: Entry, patch: Partial<QuerySnapshot<unknown>>): void {
    entry.snapshot = { ...entry.snapshot, ...patch };
    for (const listener of [...entry.listeners]) listener();
  }
}
