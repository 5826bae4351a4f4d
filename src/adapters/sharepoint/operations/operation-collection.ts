import { IMMUTABLE_OPERATION_KINDS } from '../../../ports/operation-records.js';
import type { Stored, Version } from '../../../domain/entities/index.js';
import { ConflictError, duplicateIdError, IntegrityError, NotFoundError } from '../../../domain/errors.js';
import type { OperationCollection, OperationKind, OperationMap, OperationQuery } from '../../../ports/operations.port.js';
import { runBatch, type BatchStep, type StepAnswer } from '../graph/batch.js';
import { ifMatchOf, type GraphListItem } from '../replica/graph-item.js';
import { textOf } from '../schema/field-mapping.js';
import { StoreRequestError, storeErrorOf } from '../store-errors.js';
import { readItem, settleCreate } from '../store/item-writes.js';
import { itemPath, itemsPath, type StoreContext } from '../store/store-context.js';
import { checkedRecord, decodeOperation, operationFields } from './operation-codec.js';
import { createOperationItems } from './operation-create-many.js';
import { lookupItem, queryEntries, queryItems } from './operation-reads.js';
import type { RejectedItems } from './rejected-items.js';

/** Kinds whose records never change once written: updates and deletes are refused, as the SQLite store refuses them. */


/** Where a record's item is, and whether that came from memory (it may be stale) or from Graph. */
interface Location {
  itemId: string;
  cached: boolean;
}

/**
 * One kind of operational record in its SharePoint list. Reads ask Graph (indexed columns), so a write is seen by
 * the next read of any instance; writes are guarded by `If-Match` on the item's eTag, which is the record's version:
 * of two claims of the same outbox message from the same version, SharePoint lets one through and answers 412 to the other.
 */
export class SharePointOperationCollection<K extends OperationKind> implements OperationCollection<K> {
  /** Record id → item id, so that a write needs no lookup first. Item ids never change; a 404 clears the entry. */
  private readonly itemIds = new Map<string, string>();

  constructor(
    protected readonly c: StoreContext,
    private readonly kind: K,
    private readonly rejected: RejectedItems,
  ) {}

  private now(): string {
    return new Date(this.c.env.now()).toISOString();
  }

  /** The record an item holds, or undefined (and counted) when it does not validate. */
  protected read(item: GraphListItem): Stored<OperationMap[K]> | undefined {
    const decoded = decodeOperation(this.kind, item);
    this.rejected.note(this.kind, item.id, decoded.ok);
    if (!decoded.ok) return undefined;
    this.itemIds.set(decoded.record.id, item.id);
    return decoded.record;
  }

  /** The record an item we have just written holds: checked before the write, it must read back. */
  private written(item: GraphListItem): Stored<OperationMap[K]> {
    const record = this.read(item);
    if (!record) throw new StoreRequestError(`${this.kind} item ${item.id} does not read back`);
    return record;
  }

  async get(id: string): Promise<Stored<OperationMap[K]> | undefined> {
    const item = await lookupItem(this.c, this.kind, id);
    if (!item) this.itemIds.delete(id);
    return item && this.read(item);
  }

  async find(query?: OperationQuery<K>): Promise<Stored<OperationMap[K]>[]> {
    const entries = queryEntries(this.kind, query);
    const items = await queryItems(this.c, this.kind, entries);
    return items.flatMap((item) => {
      const record = this.read(item);
      const values = record as Record<string, unknown> | undefined;
      const matches = entries.every(([field, value]) => values?.[field] !== undefined && textOf(values[field]) === value);
      return record && matches ? [record] : [];
    });
  }

  async create(record: OperationMap[K]): Promise<Stored<OperationMap[K]>> {
    const checked = checkedRecord(this.kind, record);
    const token = this.c.newToken();
    const at = this.now();
    const fields = operationFields(this.kind, checked, { createdAt: at, updatedAt: at, writeToken: token }, 'create');
    const step: BatchStep = { id: 'c', method: 'POST', url: itemsPath(this.c, this.kind), body: { fields } };
    const answers = await runBatch(this.c.transport, [step], this.c.policy, this.c.env);
    return this.written(await settleCreate(this.c, this.kind, checked.id, token, answers.get('c')));
  }

  async createMany(records: OperationMap[K][]): Promise<void> {
    const checked = records.map((record) => checkedRecord(this.kind, record));
    const ids = new Set<string>();
    for (const record of checked) {
      // A duplicate inside the call is refused before anything is written; one already stored, by SharePoint.
      if (ids.has(record.id)) throw duplicateIdError(this.kind, record.id);
      ids.add(record.id);
    }
    for (const item of await createOperationItems(this.c, this.kind, checked, this.now())) this.written(item);
  }

  async update(next: OperationMap[K], expectedVersion: Version): Promise<Stored<OperationMap[K]>> {
    await this.refuseIfImmutable(next.id);
    return this.patch(checkedRecord(this.kind, next), expectedVersion, true);
  }

  async delete(id: string, expectedVersion: Version): Promise<void> {
    await this.refuseIfImmutable(id);
    await this.remove(id, expectedVersion, true);
  }

  private async locate(id: string, useMemory: boolean): Promise<Location> {
    const known = useMemory ? this.itemIds.get(id) : undefined;
    if (known !== undefined) return { itemId: known, cached: true };
    const item = await lookupItem(this.c, this.kind, id);
    if (!item) {
      this.itemIds.delete(id);
      throw new NotFoundError(this.kind, id);
    }
    this.itemIds.set(id, item.id);
    return { itemId: item.id, cached: false };
  }

  /** Missing first, then immutable: the same order of errors as the SQLite store. */
  private async refuseIfImmutable(id: string): Promise<void> {
    if (!IMMUTABLE_OPERATION_KINDS.has(this.kind)) return;
    await this.locate(id, false);
    throw new IntegrityError('immutable', `${this.kind} ${id} never changes once written`, {
      fr: 'Cet enregistrement ne peut plus être modifié.',
      en: 'This record can no longer be changed.',
    });
  }

  private async patch(next: OperationMap[K], expectedVersion: Version, useMemory: boolean): Promise<Stored<OperationMap[K]>> {
    const { itemId, cached } = await this.locate(next.id, useMemory);
    const token = this.c.newToken();
    const fields = operationFields(this.kind, next, { updatedAt: this.now(), writeToken: token }, 'update');
    const steps: BatchStep[] = [
      {
        id: 'u',
        method: 'PATCH',
        url: `${itemsPath(this.c, this.kind)}/${encodeURIComponent(itemId)}/fields`,
        headers: { 'If-Match': ifMatchOf(expectedVersion) },
        body: fields,
      },
      // The PATCH answers fields only; the item read after it brings the new eTag.
      { id: 'g', method: 'GET', url: itemPath(this.c, this.kind, itemId), dependsOn: ['u'] },
    ];
    const answers = await runBatch(this.c.transport, steps, this.c.policy, this.c.env);
    const patched = answers.get('u');
    if (patched?.status === 200) {
      const read = answers.get('g');
      const item = read?.status === 200 ? (read.body as GraphListItem) : await readItem(this.c, this.kind, itemId);
      if (!item) throw new NotFoundError(this.kind, next.id);
      return this.written(item);
    }
    // The item we remembered is gone: the record may live in another item now (deleted and created again).
    if (patched?.status === 404 && cached) return this.patch(next, expectedVersion, false);
    return this.written(await this.afterRefusal(itemId, next.id, token, patched));
  }

  private async remove(id: string, expectedVersion: Version, useMemory: boolean): Promise<void> {
    const { itemId, cached } = await this.locate(id, useMemory);
    const url = `${itemsPath(this.c, this.kind)}/${encodeURIComponent(itemId)}`;
    const answers = await runBatch(this.c.transport, [{ id: 'd', method: 'DELETE', url, headers: { 'If-Match': ifMatchOf(expectedVersion) } }], this.c.policy, this.c.env);
    const deleted = answers.get('d');
    // A replayed delete answers 404 when its first attempt went through.
    if (deleted?.status === 204 || deleted?.status === 200 || (deleted?.status === 404 && deleted.attempts > 1)) {
      this.itemIds.delete(id);
      return;
    }
    if (deleted?.status === 404 && cached) return this.remove(id, expectedVersion, false);
    await this.afterRefusal(itemId, id, undefined, deleted);
  }

  /** After a refused write, the item as it is now decides: not found, conflict, or "it was our write after all". */
  private async afterRefusal(itemId: string, id: string, token: string | undefined, answer: StepAnswer | undefined): Promise<GraphListItem> {
    const now = await readItem(this.c, this.kind, itemId);
    if (!now) {
      this.itemIds.delete(id);
      throw new NotFoundError(this.kind, id);
    }
    if (token !== undefined && now.fields?.CapWrite === token) return now;
    if (answer?.status === 412) throw new ConflictError(this.kind, id, this.read(now));
    throw storeErrorOf(`write ${this.kind} ${id}`, answer?.status ?? 503, answer?.body, answer?.headers['retry-after']);
  }
}
