import { renewedLease, type ClaimableOutbox } from '../../../domain/campaigns/outbox-queue.js';
import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../domain/entities/index.js';
import { OPERATION_KINDS, type OperationKind, type OperationsStore, type OutboxCollection } from '../../../ports/operations.port.js';
import type { StoreContext } from '../store/store-context.js';
import { SharePointOperationCollection } from './operation-collection.js';
import { claimableOutbox } from './outbox-claimable.js';
import { RejectedItems } from './rejected-items.js';

/** The operational collections of the SharePoint store, and the items they could not read. */
export interface SharePointOperations {
  collections: OperationsStore;
  rejectedItems(): Partial<Record<OperationKind, number>>;
}

/**
 * The outbox list. What is due is read from the due lanes (indexed DueLane and DueAt columns, see outbox-claimable),
 * so a pass reads the due messages and the next one of each lane, whatever the size of the list.
 */
class SharePointOutboxCollection extends SharePointOperationCollection<'outbox'> implements OutboxCollection {
  claimable(now: string, limit: number): Promise<ClaimableOutbox> {
    return claimableOutbox(this.c, (item) => this.read(item), now, limit);
  }

  /**
   * The lease is part of the record's JSON: a renewal is one `If-Match` PATCH and the read of the new eTag, in one
   * `$batch` (3 resource units). The dispatcher renews only sends still in flight after a third of the lease.
   */
  async renewLease(claim: Stored<OutboxItem>, leaseUntil: string): Promise<Stored<OutboxItem>> {
    return await this.update(renewedLease(claim, leaseUntil), claim.version);
  }
}

/** One collection per kind, on the lists provisioning created (schema version 3). */
export function openSharePointOperations(c: StoreContext): SharePointOperations {
  const rejected = new RejectedItems();
  const collections = Object.fromEntries(
    OPERATION_KINDS.map((kind) => [kind, kind === 'outbox' ? new SharePointOutboxCollection(c, kind, rejected) : new SharePointOperationCollection(c, kind, rejected)]),
  ) as unknown as OperationsStore;
  return { collections, rejectedItems: () => rejected.counts() };
}
