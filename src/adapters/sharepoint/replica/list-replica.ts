import { eTagSequence, type GraphListItem } from './graph-item.js';

/** What the replica keeps of one item: its decoded value and what identifies its version. */
export interface ReplicaEntry<V> {
  itemId: string;
  key: string;
  eTag: string;
  value: V;
  /** The raw fields, for writes that need them (the write token). */
  item: GraphListItem;
}

/** Turns a Graph item into our key and value; undefined for items that are not ours or do not validate. */
export type ItemDecoder<V> = (item: GraphListItem) => { key: string; value: V } | undefined;

const numericId = (itemId: string): number => (/^\d+$/.test(itemId) ? Number(itemId) : Number.MAX_SAFE_INTEGER);

/**
 * The in-memory copy of one SharePoint list, keyed by our record id, in item-id (creation) order. Changes apply only
 * when the eTag moves forward, so a late answer never overwrites a newer version seen in the delta feed.
 */
export class ListReplica<V> {
  private readonly entries = new Map<string, ReplicaEntry<V>>();
  private readonly byKey = new Map<string, string>();
  private readonly rejected = new Map<string, GraphListItem>();
  private ordered?: ReplicaEntry<V>[];
  private maxId = 0;
  private inOrder = true;

  /** The link that gives the changes since the last sync. */
  deltaLink?: string;

  constructor(
    private readonly decode: ItemDecoder<V>,
    /** Keep only the newest this many items (history); unbounded when undefined. */
    private readonly capacity?: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): ReplicaEntry<V> | undefined {
    const itemId = this.byKey.get(key);
    return itemId === undefined ? undefined : this.entries.get(itemId);
  }

  /** Values in creation order. */
  values(): V[] {
    return this.orderedEntries().map((e) => e.value);
  }

  /** Items seen in the list that are not usable records (no id, or values that do not validate). */
  rejectedItems(): GraphListItem[] {
    return [...this.rejected.values()];
  }

  private orderedEntries(): ReplicaEntry<V>[] {
    if (!this.ordered) {
      const all = [...this.entries.values()];
      if (!this.inOrder) {
        all.sort((a, b) => numericId(a.itemId) - numericId(b.itemId));
        // Re-insert in order, so that the next reads need no sort until ids arrive out of order again.
        this.entries.clear();
        for (const entry of all) this.entries.set(entry.itemId, entry);
        this.inOrder = true;
      }
      this.ordered = all;
    }
    return this.ordered;
  }

  /** Applies an item's latest state; answers the keys whose record changed (appeared, changed or disappeared). */
  upsert(item: GraphListItem): string[] {
    const previous = this.entries.get(item.id);
    if (previous && previous.eTag === item.eTag) return [];
    const [before, after] = [eTagSequence(previous?.eTag), eTagSequence(item.eTag)];
    if (before !== undefined && after !== undefined && after < before) return [];
    const decoded = this.decode(item);
    if (previous && decoded && previous.key === decoded.key) {
      // Same record, new version: replaced in place, so creation order holds without a sort.
      this.entries.set(item.id, { itemId: item.id, key: decoded.key, eTag: item.eTag ?? '', value: decoded.value, item });
      this.ordered = undefined;
      return [decoded.key];
    }
    const changed: string[] = [];
    if (previous) {
      changed.push(previous.key);
      this.drop(item.id);
    }
    if (!decoded) {
      this.rejected.set(item.id, item);
      return changed;
    }
    this.rejected.delete(item.id);
    this.insert({ itemId: item.id, key: decoded.key, eTag: item.eTag ?? '', value: decoded.value, item });
    if (!changed.includes(decoded.key)) changed.push(decoded.key);
    return changed;
  }

  /** Removes an item; answers the key it held, if any. */
  remove(itemId: string): string[] {
    this.rejected.delete(itemId);
    const previous = this.entries.get(itemId);
    if (!previous) return [];
    this.drop(itemId);
    return [previous.key];
  }

  /** Replaces the whole content (after a full enumeration); answers every key that differs. */
  replaceAll(items: readonly GraphListItem[]): string[] {
    const seen = new Set(items.map((i) => i.id));
    const changed = [...this.entries.keys()].filter((id) => !seen.has(id)).flatMap((id) => this.remove(id));
    for (const item of items) changed.push(...this.upsert(item));
    return [...new Set(changed)];
  }

  private insert(entry: ReplicaEntry<V>): void {
    const id = numericId(entry.itemId);
    if (id < this.maxId) this.inOrder = false;
    this.maxId = Math.max(this.maxId, id);
    // Map keeps insertion order, which is creation order as long as ids only grow.
    this.entries.set(entry.itemId, entry);
    this.byKey.set(entry.key, entry.itemId);
    this.ordered = undefined;
    if (this.capacity !== undefined && this.entries.size > this.capacity * 1.25) this.trim(this.capacity);
  }

  private drop(itemId: string): void {
    const previous = this.entries.get(itemId);
    if (!previous) return;
    this.entries.delete(itemId);
    if (this.byKey.get(previous.key) === itemId) this.byKey.delete(previous.key);
    this.ordered = undefined;
  }

  private trim(capacity: number): void {
    const oldest = this.orderedEntries().slice(0, Math.max(0, this.entries.size - capacity));
    for (const entry of oldest) this.drop(entry.itemId);
  }
}
