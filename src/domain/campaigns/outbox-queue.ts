import { type Stored, withoutMeta } from '../entities/index.js';
import type { OutboxItem } from './outbox.schema.js';

/** What a dispatcher may claim at an instant (see `OutboxCollection.claimable`). */
export interface ClaimableOutbox {
  /** Claimable items, due retries first, then by the instant they became claimable; at most the limit asked. */
  items: Stored<OutboxItem>[];
  /** The earliest instant after now at which an item not claimable yet becomes so; undefined when none will. */
  nextAt?: string;
}

/** Whether the item may be claimed at `nowMs`: pending and due, or sending under an expired lease. */
export function isClaimable(item: OutboxItem, nowMs: number): boolean {
  const at = claimableAt(item);
  return at !== undefined && at <= nowMs;
}

/** When a non-final item becomes claimable (its `notBefore`, or the end of its lease); undefined when final. */
export function claimableAt(item: OutboxItem): number | undefined {
  if (item.state === 'pending') return Date.parse(item.notBefore);
  if (item.state === 'sending') return item.leaseUntil === undefined ? 0 : Date.parse(item.leaseUntil);
  return undefined;
}

/**
 * The claimable items among `items` (in creation order) at `nowMs`, as every store answers `claimable`: items
 * already tried go first (a message refused once may be refused again, and each refusal makes it wait), then by
 * the instant they became claimable, then in creation order; at most `limit`.
 */
export function selectClaimable(items: readonly Stored<OutboxItem>[], nowMs: number, limit: number): ClaimableOutbox {
  const due: { item: Stored<OutboxItem>; at: number; order: number }[] = [];
  let next = Infinity;
  items.forEach((item, order) => {
    const at = claimableAt(item);
    if (at === undefined) return;
    if (at <= nowMs) due.push({ item, at, order });
    else next = Math.min(next, at);
  });
  due.sort((a, b) => Number(a.item.attempts === 0) - Number(b.item.attempts === 0) || a.at - b.at || a.order - b.order);
  return { items: due.slice(0, limit).map((d) => d.item), nextAt: Number.isFinite(next) ? new Date(next).toISOString() : undefined };
}

/**
 * The claim with its lease moved to `leaseUntil`, as the dispatcher renews it while the send is alive; the store writes
 * it against the claim's version (see `OutboxCollection.renewLease`). Only a claim (state `sending`) has a lease.
 */
export function renewedLease(claim: Stored<OutboxItem>, leaseUntil: string): OutboxItem {
  if (claim.state !== 'sending' || claim.claimedBy === undefined) throw new Error(`outbox ${claim.id} is not claimed: it has no lease to renew`);
  return { ...withoutMeta(claim), leaseUntil };
}
