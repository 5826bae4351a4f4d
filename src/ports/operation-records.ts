import type { z } from 'zod';
import { auditEntrySchema } from '../domain/audit/audit.schema.js';
import { campaignSchema } from '../domain/campaigns/campaign.schema.js';
import { validateCampaignRecord } from '../domain/campaigns/campaign-validate.js';
import { conversationRefSchema } from '../domain/campaigns/conversation.schema.js';
import { deliverySchema } from '../domain/campaigns/delivery.schema.js';
import { outboxItemSchema } from '../domain/campaigns/outbox.schema.js';
import { proposalSchema } from '../domain/campaigns/proposal.schema.js';
import { responseSchema } from '../domain/campaigns/response.schema.js';
import { snapshotPartSchema, snapshotSchema } from '../domain/snapshots/snapshot.schema.js';
import type { OperationKind, OperationMap } from './operations.port.js';

/** The schema of each kind: every store checks a record before writing it, so that what is written reads back. */
export const OPERATION_SCHEMAS: { readonly [K in OperationKind]: z.ZodType<OperationMap[K], unknown> } = {
  campaign: campaignSchema,
  delivery: deliverySchema,
  outbox: outboxItemSchema,
  response: responseSchema,
  proposal: proposalSchema,
  conversation: conversationRefSchema,
  audit: auditEntrySchema,
  snapshot: snapshotSchema,
  snapshot_part: snapshotPartSchema,
};

/** Kinds whose records never change once written: update and delete raise IntegrityError('immutable'). */
export const IMMUTABLE_OPERATION_KINDS: ReadonlySet<OperationKind> = new Set(['audit', 'snapshot', 'snapshot_part']);

/** Store metadata: no record kind has fields of these names, so they are dropped from a record written back. */
const META_KEYS = ['version', 'createdAt', 'updatedAt'] as const;

/**
 * The record as its schema reads it, without the store's metadata (callers often write back a record they read);
 * a ValidationError with field-level messages, nothing written, when it would not read back.
 */
export function checkedOperation<K extends OperationKind>(kind: K, record: OperationMap[K]): OperationMap[K] {
  const data: Record<string, unknown> = { ...record };
  for (const key of META_KEYS) delete data[key];
  return validateCampaignRecord(OPERATION_SCHEMAS[kind], data);
}
