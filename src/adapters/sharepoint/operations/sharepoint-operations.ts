import { OPERATION_KINDS, type OperationKind, type OperationsStore } from '../../../ports/operations.port.js';
import type { StoreContext } from '../store/store-context.js';
import { SharePointOperationCollection } from './operation-collection.js';
import { RejectedItems } from './rejected-items.js';

/** The operational collections of the SharePoint store, and the items they could not read. */
export interface SharePointOperations {
  collections: OperationsStore;
  rejectedItems(): Partial<Record<OperationKind, number>>;
}

/** One collection per kind, on the lists provisioning created (schema version 2). */
export function openSharePointOperations(c: StoreContext): SharePointOperations {
  const rejected = new RejectedItems();
  const collections = Object.fromEntries(
    OPERATION_KINDS.map((kind) => [kind, new SharePointOperationCollection(c, kind, rejected)]),
  ) as unknown as OperationsStore;
  return { collections, rejectedItems: () => rejected.counts() };
}
