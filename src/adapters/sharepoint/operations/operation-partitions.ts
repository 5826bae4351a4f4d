import { createHash } from 'node:crypto';
import { claimableAt } from '../../../domain/campaigns/outbox-queue.js';
import type { OutboxItem } from '../../../domain/campaigns/outbox.schema.js';
import type { OperationKind, OperationMap } from '../../../ports/operations.port.js';
import { text, type ColumnDef } from '../schema/column-types.js';
import type { Fields } from '../schema/field-mapping.js';
import { indexKey } from './operation-codec-keys.js';
import type { IndexField } from './operation-lists.js';

/**
 * Lists that outgrow SharePoint's list view threshold (5,000 items a query may narrow to) are cut into lanes: a
 * derived, indexed column holds the value a query narrows with and a stable lane number, so that every lane of one
 * value stays under the threshold (a campaign of 20,000 outbox messages is 16 lanes of about 1,250) and the lanes are
 * read in one `$batch` of 16 GETs and merged. 16 lanes hold 80,000 items a value; 16 GETs fit Graph's 20 a batch.
 */
export const LANES = 16;

/** The schema version that added the lanes (see list-schema's SCHEMA_VERSION). */
export const LANES_SINCE = 3;

/** The lane of a record: its id hashed (the id never changes, so an item never moves lane), modulo LANES. */
export function laneOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % LANES;
}

/** Every lane number, in order. */
export const ALL_LANES: readonly number[] = Array.from({ length: LANES }, (_, i) => i);

/** Single-line text holds 255 characters: a value too long for `key#lane` is kept by its hash. */
const LANE_VALUE_MAX = 255 - 3;

/** What a lane column holds for `value` in `lane`: `camp-1#7`. */
export function laneKey(value: string, lane: number): string {
  const key = indexKey(value);
  const base = key.length <= LANE_VALUE_MAX ? key : `#${createHash('sha256').update(value).digest('hex')}`;
  return `${base}#${lane}`;
}

/** The lane column of an index field that grows past the threshold: `campaignId` → `CampaignIdLane`. */
export const laneColumnName = (field: IndexField): string => `${field.charAt(0).toUpperCase()}${field.slice(1)}Lane`;

/**
 * The index fields read lane by lane, per kind: one campaign's deliveries and outbox messages number its recipients
 * (and four times that for the outbox with three reminders), more than 5,000 in a metropole.
 */
const LANED_FIELDS: { readonly [K in OperationKind]?: readonly IndexField[] } = {
  delivery: ['campaignId'],
  outbox: ['campaignId'],
};
const LANE_LABELS: { readonly [F in IndexField]?: string } = { campaignId: 'Campagne (couloir)' };

/** Whether `field` of `kind` is read lane by lane. */
export const isLaned = (kind: OperationKind, field: IndexField): boolean => LANED_FIELDS[kind]?.includes(field) === true;

/**
 * The outbox's due lanes: a message that may still be sent (pending or sending) has its lane in `DueLane` and the
 * instant it becomes claimable in `DueAt` (ISO, so text order is time order); a final one has neither, so the lanes
 * hold only the live messages and `claimable` reads, lane by lane, the due ones and the first not due, never the
 * reminders queued for later nor the sent history.
 */
export const DUE_LANE = 'DueLane';
export const DUE_AT = 'DueAt';

/** The derived columns of a kind's list (none for most kinds). */
export function derivedColumns(kind: OperationKind): ColumnDef[] {
  const lanes = (LANED_FIELDS[kind] ?? []).map((field) =>
    text(laneColumnName(field), LANE_LABELS[field] ?? `${field} (couloir)`, undefined, {
      indexed: true,
      hidden: true,
      description: `« ${field} » et un numéro de couloir, pour lire une grande liste par morceaux de moins de 5 000 éléments.`,
    }),
  );
  if (kind !== 'outbox') return lanes;
  return [
    ...lanes,
    text(DUE_LANE, 'Couloir des envois à faire', undefined, { indexed: true, hidden: true, maxLength: 8, description: 'Numéro de couloir des messages encore à envoyer.' }),
    text(DUE_AT, 'À envoyer à partir de', undefined, { indexed: true, hidden: true, maxLength: 30, description: 'Instant où le message peut être envoyé (ISO).' }),
  ];
}

/** The derived fields of a record: a value for each derived column, null where it has none (SharePoint clears it). */
export function derivedFields<K extends OperationKind>(kind: K, record: OperationMap[K]): Fields {
  const values = record as unknown as Record<string, unknown>;
  const lane = laneOf(record.id);
  const fields: Fields = {};
  for (const field of LANED_FIELDS[kind] ?? []) {
    const value = values[field];
    fields[laneColumnName(field)] = typeof value === 'string' && value !== '' ? laneKey(value, lane) : null;
  }
  if (kind === 'outbox') {
    const at = claimableAt(record as OutboxItem);
    fields[DUE_LANE] = at === undefined ? null : String(lane);
    fields[DUE_AT] = at === undefined ? null : new Date(at).toISOString();
  }
  return fields;
}
