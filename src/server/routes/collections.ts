import { z } from 'zod';
import {
  ACTION_STATUSES,
  COMMITMENT_STATUSES,
  ROLES,
  WEATHERS,
  dateSchema,
  idSchema,
  type EntityKind,
} from '../../domain/entities/index.js';
import type { EntityFilters } from '../../ports/store.port.js';
import { csvOf } from './query.js';

const q = z.string().max(200).optional();
const id = idSchema.optional();

/** The REST collections, their kind of record and the filters their list accepts. */
export const COLLECTIONS = {
  axes: { kind: 'axis', filters: z.strictObject({}) },
  commitments: {
    kind: 'commitment',
    filters: z.strictObject({ axisId: id, leadPersonId: id, status: csvOf(COMMITMENT_STATUSES).optional(), q }),
  },
  actions: {
    kind: 'action',
    filters: z.strictObject({
      commitmentId: id,
      serviceId: id,
      ownerPersonId: id,
      status: csvOf(ACTION_STATUSES).optional(),
      weather: csvOf(WEATHERS).optional(),
      q,
    }),
  },
  indicators: { kind: 'indicator', filters: z.strictObject({ actionId: id, commitmentId: id, serviceId: id, q }) },
  measures: {
    kind: 'measure',
    filters: z.strictObject({ indicatorId: id, from: dateSchema.optional(), to: dateSchema.optional() }),
  },
  services: { kind: 'service', filters: z.strictObject({ parentId: id, headPersonId: id, q }) },
  people: { kind: 'person', filters: z.strictObject({ role: csvOf(ROLES).optional(), serviceId: id, q }) },
  feedback: { kind: 'feedback', filters: z.strictObject({ commitmentId: id, q }) },
} as const satisfies Record<string, { kind: EntityKind; filters: z.ZodType }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Turns the REST filters of a collection into the store's filter (commitmentId → commitmentIds). */
export function toStoreFilter(name: CollectionName, parsed: Record<string, unknown>): EntityFilters[EntityKind] {
  if (name === 'actions') {
    const { commitmentId, ...rest } = parsed;
    return { ...rest, ...(typeof commitmentId === 'string' ? { commitmentIds: [commitmentId] } : {}) };
  }
  return parsed;
}
