import { type ChangeContext, type EntityKind, type EntityMap, type Stored, type Version, withoutMeta } from '../../../domain/entities/index.js';
import { ConflictError, duplicateIdError, NotFoundError } from '../../../domain/errors.js';
import { diffRecords } from '../../../domain/history-diff.js';
import type { EntityFilters, EntityRepository } from '../../../ports/store.port.js';
import { runBatch, type BatchStep } from '../graph/batch.js';
import { ifMatchOf, type GraphListItem } from '../replica/graph-item.js';
import type { ListReplica, ReplicaEntry } from '../replica/list-replica.js';
import { toFields } from '../schema/field-mapping.js';
import { ENTITY_LISTS } from '../schema/list-schema.js';
import { StoreRequestError, storeErrorOf } from '../store-errors.js';
import { createManyRecords } from './create-many.js';
import { historyFor, historyStep, readItem, settleCreate, settleHistory } from './item-writes.js';
import { decodeRecord } from './record-codec.js';
import { queryRecords } from './record-query.js';
import { itemPath, itemsPath, type StoreContext } from './store-context.js';

/**
 * One kind of record in its SharePoint list. Reads come from the replica (kept fresh by delta); writes go to Graph in
 * one `$batch` with their history entry, guarded by `If-Match`, and are kept in the replica as soon as they succeed.
 */
export class SharePointEntityRepository<K extends EntityKind> implements EntityRepository<K> {
  constructor(
    private readonly c: StoreContext,
    private readonly kind: K,
    private readonly replica: ListReplica<Stored<EntityMap[K]>>,
  ) {}

  private fresh(): Promise<void> {
    return this.c.sync.ensureFresh(this.c.freshnessMs);
  }

  /** Callers get copies: the replica's objects are shared by every request. */
  private static copy<T extends object>(record: T): T {
    return { ...record };
  }

  async get(id: string): Promise<Stored<EntityMap[K]> | undefined> {
    await this.fresh();
    const entry = this.replica.get(id);
    return entry && SharePointEntityRepository.copy(entry.value);
  }

  async list(filter?: EntityFilters[K]): Promise<Stored<EntityMap[K]>[]> {
    await this.fresh();
    return queryRecords(this.kind, this.replica.values(), filter).map((r) => SharePointEntityRepository.copy(r));
  }

  async count(): Promise<number> {
    await this.fresh();
    return this.replica.size;
  }

  /** Takes a written item into the replica and the change log; answers the record it holds. */
  remember(item: GraphListItem): Stored<EntityMap[K]> {
    const decoded = decodeRecord(this.kind, item);
    if (!decoded.ok) throw new StoreRequestError(`${this.kind} item ${item.id} does not read back: ${decoded.reason}`);
    for (const key of this.replica.upsert(item)) this.c.changes.record(this.kind, key);
    return SharePointEntityRepository.copy(decoded.record);
  }

  private forget(itemId: string): void {
    for (const key of this.replica.remove(itemId)) this.c.changes.record(this.kind, key);
  }

  async create(record: EntityMap[K], ctx: ChangeContext): Promise<Stored<EntityMap[K]>> {
    await this.fresh();
    if (this.replica.get(record.id)) throw duplicateIdError(this.kind, record.id);
    const token = this.c.newToken();
    const history = historyFor(this.c, this.kind, record.id, 'create', ctx, diffRecords(undefined, record));
    const fields = toFields(ENTITY_LISTS[this.kind], record, { createdAt: ctx.at, updatedAt: ctx.at, writeToken: token }, 'create');
    const steps: BatchStep[] = [
      { id: 'c', method: 'POST', url: itemsPath(this.c, this.kind), body: { fields } },
      historyStep(this.c, 'h', history, 'c'),
    ];
    const answers = await runBatch(this.c.transport, steps, this.c.policy, this.c.env);
    const item = await settleCreate(this.c, this.kind, record.id, token, answers.get('c'));
    await settleHistory(this.c, history, answers.get('h'));
    return this.remember(item);
  }

  async createMany(records: EntityMap[K][], ctx: ChangeContext): Promise<void> {
    await this.fresh();
    const ids = new Set<string>();
    for (const record of records) {
      // All or nothing: every duplicate is refused before anything is written.
      if (ids.has(record.id) || this.replica.get(record.id)) throw duplicateIdError(this.kind, record.id);
      ids.add(record.id);
    }
    const items = await createManyRecords(this.c, this.kind, records, ctx);
    for (const item of items) this.remember(item);
  }

  /** The current entry at `expectedVersion`, after one more sync when the replica disagrees. */
  private async current(id: string, expectedVersion: Version): Promise<ReplicaEntry<Stored<EntityMap[K]>>> {
    await this.fresh();
    let entry = this.replica.get(id);
    if (!entry || entry.value.version !== expectedVersion) {
      await this.c.sync.sync();
      entry = this.replica.get(id);
    }
    if (!entry) throw new NotFoundError(this.kind, id);
    if (entry.value.version !== expectedVersion) throw new ConflictError(this.kind, id, SharePointEntityRepository.copy(entry.value));
    return entry;
  }

  /** After a refused write: the item as it is now decides between conflict, not found, and "it was us after all". */
  private async afterRefusal(itemId: string, id: string, token: string | undefined, status: number | undefined, body: unknown): Promise<GraphListItem> {
    const now = await readItem(this.c, this.kind, itemId);
    if (!now) {
      this.forget(itemId);
      throw new NotFoundError(this.kind, id);
    }
    if (token !== undefined && now.fields?.CapWrite === token) return now;
    if (status === 412) throw new ConflictError(this.kind, id, this.remember(now));
    throw storeErrorOf(`write ${this.kind} ${id}`, status ?? 503, body);
  }

  async update(next: EntityMap[K], expectedVersion: Version, ctx: ChangeContext): Promise<Stored<EntityMap[K]>> {
    const entry = await this.current(next.id, expectedVersion);
    const changes = diffRecords(withoutMeta(entry.value), next);
    if (changes.length === 0) return SharePointEntityRepository.copy(entry.value);
    const token = this.c.newToken();
    const history = historyFor(this.c, this.kind, next.id, 'update', ctx, changes);
    const fields = toFields(ENTITY_LISTS[this.kind], next, { updatedAt: ctx.at, writeToken: token }, 'update');
    const steps: BatchStep[] = [
      {
        id: 'u',
        method: 'PATCH',
        url: `${itemsPath(this.c, this.kind)}/${encodeURIComponent(entry.itemId)}/fields`,
        headers: { 'If-Match': ifMatchOf(expectedVersion) },
        body: fields,
      },
      historyStep(this.c, 'h', history, 'u'),
      // The PATCH answers fields only; the item read after it brings the new eTag.
      { id: 'g', method: 'GET', url: itemPath(this.c, this.kind, entry.itemId), dependsOn: ['u'] },
    ];
    const answers = await runBatch(this.c.transport, steps, this.c.policy, this.c.env);
    const patched = answers.get('u');
    let item: GraphListItem;
    if (patched?.status === 200) {
      const read = answers.get('g');
      item = read?.status === 200 ? (read.body as GraphListItem) : ((await readItem(this.c, this.kind, entry.itemId)) ?? (read?.body as GraphListItem));
      await settleHistory(this.c, history, answers.get('h'));
    } else {
      item = await this.afterRefusal(entry.itemId, next.id, token, patched?.status, patched?.body);
      await settleHistory(this.c, history, undefined);
    }
    return this.remember(item);
  }

  async delete(id: string, expectedVersion: Version, ctx: ChangeContext): Promise<void> {
    const entry = await this.current(id, expectedVersion);
    const history = historyFor(this.c, this.kind, id, 'delete', ctx, diffRecords(withoutMeta(entry.value), undefined));
    const steps: BatchStep[] = [
      {
        id: 'd',
        method: 'DELETE',
        url: `${itemsPath(this.c, this.kind)}/${encodeURIComponent(entry.itemId)}`,
        headers: { 'If-Match': ifMatchOf(expectedVersion) },
      },
      historyStep(this.c, 'h', history, 'd'),
    ];
    const answers = await runBatch(this.c.transport, steps, this.c.policy, this.c.env);
    const deleted = answers.get('d');
    // A replayed delete answers 404 when its first attempt went through.
    const done = deleted?.status === 204 || deleted?.status === 200 || (deleted?.status === 404 && deleted.attempts > 1);
    if (!done) await this.afterRefusal(entry.itemId, id, undefined, deleted?.status, deleted?.body);
    await settleHistory(this.c, history, done ? answers.get('h') : undefined);
    this.forget(entry.itemId);
  }
}

