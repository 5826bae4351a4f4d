import { selectClaimable, type ClaimableOutbox } from '../../../domain/campaigns/outbox-queue.js';
import { OPERATION_KINDS, type OperationKind, type OperationsStore, type OutboxCollection } from '../../../ports/operations.port.js';
import type { StoreContext } from '../store/store-context.js';
import { SharePointOperationCollection } from './operation-collection.js';
import { RejectedItems } from './rejected-items.js';

/** The operational collections of the SharePoint store, and the items they could not read. */
export interface SharePointOperations {
  collections: OperationsStore;
  rejectedItems(): Partial<Record<OperationKind, number>>;
}

/**
 * The outbox list. What is due is read as every pending and sending item (indexed State column), then chosen in
 * memory: the list has no column for `notBefore`, so the reminders queued for later are read too.
 */
class SharePointOutboxCollection extends SharePointOperationCollection<'outbox'> implements OutboxCollection {
  async claimable(now: string, limit: number): Promise<ClaimableOutbox> {
    const [pending, sending] = await Promise.all([this.find({ state: 'pending' }), this.find({ state: 'sending' })]);
    return selectClaimable([...pending, ...sending], Date.parse(now), limit);
  }
}

/** One collection per kind, on the lists provisioning created (schema version 2). */
export function openSharePointOperations(c: StoreContext): SharePointOperations {
  const rejected = new RejectedItems();
  const collections = Object.fromEntries(
    OPERATION_KINDS.map((kind) => [kind, kind === 'outbox' ? new SharePointOutboxCollection(c, kind, rejected) : new SharePointOperationCollection(c, kind, rejected)]),
  ) as unknown as OperationsStore;
  return { collections, rejectedItems: () => rejected.counts() };
}
