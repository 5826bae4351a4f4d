import { chunkSteps, runBatch, type BatchStep, type StepAnswer } from '../graph/batch.js';
import type { GraphTransport } from '../graph/graph-transport.js';
import type { RetryEnvironment } from '../graph/retry.middleware.js';
import type { RetryPolicy } from '../graph/retry-policy.js';
import type { ListKey } from '../schema/column-types.js';
import { StoreRequestError, storeErrorOf } from '../store-errors.js';
import type { GraphListItem, GraphPage } from './graph-item.js';
import type { ListReplica } from './list-replica.js';

/** One list kept in sync. */
export interface SyncTarget {
  key: ListKey;
  /** The first delta request: `/sites/{site}/lists/{list}/items/delta?$expand=fields($select=…)`. */
  initialLink: string;
  /** `/sites/{site}/lists/{list}/items/{id}?$expand=fields($select=…)` for an item id. */
  itemLink(itemId: string): string;
  replica: ListReplica<unknown>;
  /** Lists not read by everyone (history) join the sync on first use. */
  active: boolean;
  /** Told which records changed (not on the first load). */
  onChanged(keys: string[]): void;
}

interface Progress {
  target: SyncTarget;
  link: string;
  /** A full enumeration (first load or 410 resync): collected, then swapped in at once. */
  full: boolean;
  resync: boolean;
  buffer: GraphListItem[];
}

/**
 * Keeps list replicas current with `/items/delta`: every round trip is one `$batch` holding the delta call of every
 * list that still has pages to read, so that "nothing changed" costs one round trip for all lists together.
 */
export class DeltaSync {
  private inflight?: Promise<void>;
  private lastSyncAt = Number.NEGATIVE_INFINITY;
  private readonly synced = new Set<ListKey>();

  constructor(
    private readonly transport: GraphTransport,
    private readonly targets: readonly SyncTarget[],
    private readonly policy: RetryPolicy,
    private readonly env: RetryEnvironment,
  ) {}

  /** Brings every active list up to date; concurrent callers share one sync. */
  sync(): Promise<void> {
    this.inflight ??= this.run().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Syncs unless the last sync is younger than `maxAgeMs` and every active list has been loaded. */
  async ensureFresh(maxAgeMs: number): Promise<void> {
    const loaded = this.targets.every((t) => !t.active || this.synced.has(t.key));
    if (!loaded || this.env.now() - this.lastSyncAt > maxAgeMs) await this.sync();
  }

  /** Adds a lazily read list to the sync, and loads it. */
  async activate(key: ListKey): Promise<void> {
    const target = this.targets.find((t) => t.key === key);
    if (!target) throw new Error(`no list ${key} to sync`);
    target.active = true;
    while (!this.synced.has(key)) await this.sync();
  }

  private async run(): Promise<void> {
    const started = this.env.now();
    const progress = this.targets
      .filter((t) => t.active)
      .map((target): Progress => {
        const full = target.replica.deltaLink === undefined;
        return { target, link: target.replica.deltaLink ?? target.initialLink, full, resync: false, buffer: [] };
      });
    let open = progress;
    while (open.length > 0) {
      const steps: BatchStep[] = open.map((p, i) => ({ id: String(i), method: 'GET', url: this.transport.relative(p.link) }));
      const answers = new Map<string, StepAnswer>();
      for (const chunk of chunkSteps(steps.map((s) => [s])))
        for (const [id, answer] of await runBatch(this.transport, chunk, this.policy, this.env)) answers.set(id, answer);
      const next: Progress[] = [];
      for (const [i, p] of open.entries()) {
        const answer = answers.get(String(i));
        if (!answer) throw new StoreRequestError(`delta of ${p.target.key}: no answer in the $batch`);
        if (answer.status === 410) {
          // The token expired or the server lost track: enumerate again from the link it gives, then diff.
          next.push({ ...p, full: true, resync: true, buffer: [], link: answer.headers.location ?? p.target.initialLink });
          continue;
        }
        if (answer.status !== 200) throw storeErrorOf(`delta of list ${p.target.key}`, answer.status, answer.body, answer.headers['retry-after']);
        const page = answer.body as GraphPage;
        const items = await this.hydrate(p.target, page.value ?? []);
        if (p.full) p.buffer.push(...items);
        else this.apply(p.target, items);
        if (page['@odata.nextLink']) next.push({ ...p, link: page['@odata.nextLink'] });
        else if (page['@odata.deltaLink']) this.finish(p, page['@odata.deltaLink']);
        else throw new StoreRequestError(`delta of list ${p.target.key}: neither nextLink nor deltaLink`);
      }
      open = next;
    }
    this.lastSyncAt = started;
  }

  private apply(target: SyncTarget, items: readonly GraphListItem[]): void {
    // The feed may hold an item more than once: applying in order keeps the last.
    const changed = items.flatMap((item) => (item.deleted ? target.replica.remove(item.id) : target.replica.upsert(item)));
    if (changed.length) target.onChanged([...new Set(changed)]);
  }

  private finish(p: Progress, deltaLink: string): void {
    if (p.full) {
      // Duplicates in a full enumeration: the last occurrence wins, deleted or not.
      const latest = new Map<string, GraphListItem>();
      for (const item of p.buffer) latest.set(item.id, item);
      const changed = p.target.replica.replaceAll([...latest.values()].filter((item) => !item.deleted));
      // The first load is the starting point, not a change; a resync reports what differs.
      if (p.resync && changed.length) p.target.onChanged(changed);
    }
    p.target.replica.deltaLink = deltaLink;
    this.synced.add(p.target.key);
  }

  /** Items a feed sent without their fields (a server that ignores `$expand` on delta) are read one by one, in batches. */
  private async hydrate(target: SyncTarget, items: GraphListItem[]): Promise<GraphListItem[]> {
    const bare = items.filter((i) => !i.deleted && i.fields === undefined);
    if (bare.length === 0) return items;
    const full = new Map<string, GraphListItem>();
    const steps = bare.map((item): BatchStep => ({ id: item.id, method: 'GET', url: this.transport.relative(target.itemLink(item.id)) }));
    for (const chunk of chunkSteps(steps.map((s) => [s])))
      for (const [id, answer] of await runBatch(this.transport, chunk, this.policy, this.env)) {
        if (answer.status === 200) full.set(id, answer.body as GraphListItem);
        else if (answer.status === 404) full.set(id, { id, deleted: { state: 'deleted' } });
        else throw storeErrorOf(`item ${id} of list ${target.key}`, answer.status, answer.body);
      }
    return items.map((i) => full.get(i.id) ?? i);
  }
}
