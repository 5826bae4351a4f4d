import type { OutboxItem } from '../../../../../src/domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../../../src/domain/entities/index.js';
import { ConflictError, IntegrityError, NotFoundError } from '../../../../../src/domain/errors.js';
import { renewedLease, selectClaimable, type ClaimableOutbox } from '../../../../../src/domain/campaigns/outbox-queue.js';
import type { OperationQuery, OutboxCollection } from '../../../../../src/ports/operations.port.js';

/** An in-memory outbox collection with versioned updates, for the dispatcher's unit tests (the real one is in integration). */
export class MemoryOutbox implements OutboxCollection {
  private readonly records = new Map<string, Stored<OutboxItem>>();

  get(id: string): Promise<Stored<OutboxItem> | undefined> {
    const found = this.records.get(id);
    return Promise.resolve(found && structuredClone(found));
  }

  find(query: OperationQuery<'outbox'> = {}): Promise<Stored<OutboxItem>[]> {
    const entries = Object.entries(query) as [keyof OutboxItem, string][];
    const found = [...this.records.values()].filter((r) => entries.every(([field, value]) => String(r[field]) === value));
    return Promise.resolve(found.map((r) => structuredClone(r)));
  }

  claimable(now: string, limit: number): Promise<ClaimableOutbox> {
    return Promise.resolve(selectClaimable([...this.records.values()].map((r) => structuredClone(r)), Date.parse(now), limit));
  }

  async renewLease(claim: Stored<OutboxItem>, leaseUntil: string): Promise<Stored<OutboxItem>> {
    return await this.update(renewedLease(claim, leaseUntil), claim.version);
  }

  create(record: OutboxItem): Promise<Stored<OutboxItem>> {
    if (this.records.has(record.id)) return Promise.reject(new IntegrityError('duplicate_id', record.id, { fr: record.id, en: record.id }));
    const stored = { ...structuredClone(record), version: '1', createdAt: '', updatedAt: '' };
    this.records.set(record.id, stored);
    return Promise.resolve(structuredClone(stored));
  }

  async createMany(records: OutboxItem[]): Promise<void> {
    for (const record of records) await this.create(record);
  }

  update(next: OutboxItem, expectedVersion: string): Promise<Stored<OutboxItem>> {
    const current = this.records.get(next.id);
    if (!current) return Promise.reject(new NotFoundError('outbox', next.id));
    if (current.version !== expectedVersion) return Promise.reject(new ConflictError('outbox', next.id, current));
    const stored = { ...structuredClone(next), version: String(Number(current.version) + 1), createdAt: '', updatedAt: '' };
    this.records.set(next.id, stored);
    return Promise.resolve(structuredClone(stored));
  }

  delete(id: string, expectedVersion: string): Promise<void> {
    const current = this.records.get(id);
    if (!current) return Promise.reject(new NotFoundError('outbox', id));
    if (current.version !== expectedVersion) return Promise.reject(new ConflictError('outbox', id, current));
    this.records.delete(id);
    return Promise.resolve();
  }
}
