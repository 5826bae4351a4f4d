import type { AuditEntry } from '../domain/audit/audit.schema.js';
import type { Campaign } from '../domain/campaigns/campaign.schema.js';
import type { ConversationRef } from '../domain/campaigns/conversation.schema.js';
import type { Delivery } from '../domain/campaigns/delivery.schema.js';
import type { ClaimableOutbox } from '../domain/campaigns/outbox-queue.js';
import type { OutboxItem } from '../domain/campaigns/outbox.schema.js';
import type { Proposal } from '../domain/campaigns/proposal.schema.js';
import type { CampaignResponse } from '../domain/campaigns/response.schema.js';
import type { Snapshot, SnapshotPart } from '../domain/snapshots/snapshot.schema.js';
import type { Stored, Version } from '../domain/entities/index.js';

/**
 * The records the bot and the pilotage work keep beside the roadmap: campaigns and what flows from them, the
 * conversations the bot may write to, the audit log and the snapshots (which the service never updates). They are not roadmap records (no field history, no REST
 * CRUD): the campaign service owns them. Same rules as the roadmap store: versioned writes, duplicates refused.
 */
export const OPERATION_KINDS = ['campaign', 'delivery', 'outbox', 'response', 'proposal', 'conversation', 'audit', 'snapshot', 'snapshot_part'] as const;
/** A kind of operational record. */
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** The record type of each kind. */
export interface OperationMap {
  campaign: Campaign;
  delivery: Delivery;
  outbox: OutboxItem;
  response: CampaignResponse;
  proposal: Proposal;
  conversation: ConversationRef;
  audit: AuditEntry;
  snapshot: Snapshot;
  snapshot_part: SnapshotPart;
}

/** The fields each kind can be found by (equality; stores index them). Values are compared as strings. */
export const OPERATION_INDEXES = {
  campaign: ['state'],
  delivery: ['campaignId', 'personId', 'state'],
  outbox: ['state', 'campaignId', 'deliveryId'],
  response: ['campaignId', 'deliveryId', 'personId'],
  proposal: ['campaignId', 'state', 'responseId'],
  conversation: ['scope', 'personId', 'aadObjectId', 'teamId'],
  audit: ['action', 'actorId'],
  snapshot: [],
  snapshot_part: ['snapshotId'],
} as const satisfies { [K in OperationKind]: readonly (keyof OperationMap[K] & string)[] };

/** A query: every given field must equal the value (AND). */
export type OperationQuery<K extends OperationKind> = Partial<Record<(typeof OPERATION_INDEXES)[K][number], string>>;

/** Reads and writes one kind of operational record. */
export interface OperationCollection<K extends OperationKind> {
  get(id: string): Promise<Stored<OperationMap[K]> | undefined>;
  /** Every record matching the query, oldest first (creation order). */
  find(query?: OperationQuery<K>): Promise<Stored<OperationMap[K]>[]>;
  /** Creates a record; a duplicate id raises IntegrityError('duplicate_id') and writes nothing. */
  create(record: OperationMap[K]): Promise<Stored<OperationMap[K]>>;
  /** Creates many records; all or nothing where the store allows it, duplicates raise IntegrityError. */
  createMany(records: OperationMap[K][]): Promise<void>;
  /**
   * Replaces a record if its version is still `expectedVersion` (ConflictError with the current record otherwise,
   * NotFoundError if gone). This is how the outbox claims a message: only one of two concurrent claims wins.
   */
  update(next: OperationMap[K], expectedVersion: Version): Promise<Stored<OperationMap[K]>>;
  delete(id: string, expectedVersion: Version): Promise<void>;
}

/** The outbox, which the dispatcher also asks what is due. */
export interface OutboxCollection extends OperationCollection<'outbox'> {
  /**
   * What may be claimed at `now`: pending items due (`notBefore` ≤ now) and sending ones whose lease ended, at most
   * `limit`, in the order of `selectClaimable` (due retries first); and when the next item falls due. A store should
   * answer it without reading the items not due (a campaign queues its reminders weeks ahead): SQLite answers from
   * indexes; SharePoint from its due lanes (`DueLane` + `DueAt`, one `$batch` of 16 indexed reads under the list view
   * threshold).
   */
  claimable(now: string, limit: number): Promise<ClaimableOutbox>;
  /**
   * Moves the lease of a claim (an item in `sending`) to `leaseUntil`, if its version is still the claim's: the
   * dispatcher renews the leases of its sends in flight, so that a short lease covers a slow send. ConflictError (with
   * the current record) when another instance took the item over, NotFoundError when it is gone. The answer is the new
   * claim: the send's result is written against its version, so a renewal that lost stops every later write.
   */
  renewLease(claim: Stored<OutboxItem>, leaseUntil: string): Promise<Stored<OutboxItem>>;
}

/** One collection per kind. */
export type OperationsStore = { [K in Exclude<OperationKind, 'outbox'>]: OperationCollection<K> } & { outbox: OutboxCollection };

/** The collection of one kind, typed for generic callers. */
export function operationCollectionOf<K extends OperationKind>(store: OperationsStore, kind: K): OperationCollection<K> {
  const collections: { [J in OperationKind]: OperationCollection<J> } = store;
  return collections[kind];
}
