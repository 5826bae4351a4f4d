import { createHash } from 'node:crypto';
import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';
import type { CampaignResponse } from '../../../domain/campaigns/response.schema.js';
import { withoutMeta, type Stored } from '../../../domain/entities/index.js';
import { ConflictError, IntegrityError } from '../../../domain/errors.js';
import type { RoadmapStore } from '../../../ports/store.port.js';

const ID_LIMIT = 64;

/** One response per delivery: its id derives from the delivery's, so a second one cannot be created. */
export function responseIdOf(deliveryId: string): string {
  const id = `${deliveryId}.r`;
  return id.length <= ID_LIMIT ? id : `r.${createHash('sha256').update(deliveryId).digest('hex').slice(0, 40)}`;
}

/**
 * Moves a delivery's card on: applies `change` and bumps `cardVersion`, if the delivery is still the version that was
 * read. Undefined when someone else wrote it meanwhile (a double click, another device, the dispatcher): nothing is
 * written then, and the caller decides from a fresh read.
 */
export async function moveCard(store: RoadmapStore, delivery: Stored<Delivery>, change: Partial<Delivery>): Promise<Stored<Delivery> | undefined> {
  const next: Delivery = { ...withoutMeta(delivery), ...change, cardVersion: delivery.cardVersion + 1 };
  try {
    return await store.operations.delivery.update(next, delivery.version);
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
}

const RESPONSE_ATTEMPTS = 5;
const lostRace = (error: unknown): boolean => error instanceof ConflictError || (error instanceof IntegrityError && error.code === 'duplicate_id');

/** A response before and after a write. */
export interface ResponseWrite {
  before: CampaignResponse | undefined;
  saved: Stored<CampaignResponse>;
}

/**
 * Creates or updates the delivery's response with `change` applied to its current content, read again and applied
 * again if another write got there first (the change is a function of the current answers, so none is lost).
 */
export async function writeResponse(
  store: RoadmapStore,
  delivery: Pick<Delivery, 'id' | 'campaignId' | 'personId'>,
  change: (current: CampaignResponse | undefined) => Pick<CampaignResponse, 'answers' | 'submittedAt' | 'amendedAt'>,
): Promise<ResponseWrite> {
  const id = responseIdOf(delivery.id);
  const responses = store.operations.response;
  let lastError: unknown;
  for (let attempt = 0; attempt < RESPONSE_ATTEMPTS; attempt += 1) {
    const stored = await responses.get(id);
    const before = stored ? withoutMeta(stored) : undefined;
    const { answers, submittedAt, amendedAt } = change(before);
    const next: CampaignResponse = {
      id,
      campaignId: delivery.campaignId,
      deliveryId: delivery.id,
      personId: delivery.personId,
      answers,
      ...(submittedAt === undefined ? {} : { submittedAt }),
      ...(amendedAt === undefined ? {} : { amendedAt }),
    };
    try {
      return { before, saved: stored ? await responses.update(next, stored.version) : await responses.create(next) };
    } catch (error) {
      if (!lostRace(error)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}
