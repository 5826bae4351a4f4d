import type { Delivery } from '../../domain/campaigns/delivery.schema.js';
import { DELIVERY_FAILURES, type DeliveryFailure } from '../../domain/campaigns/delivery-states.js';

/** Where a campaign's recipients stand: what the Campagnes page follows live. */
export interface CampaignFunnel {
  total: number;
  /** Waiting to be sent (opening date not reached, or in the outbox). */
  queued: number;
  /** The card reached the recipient (answered and late ones included). */
  sent: number;
  failed: number;
  failedBy: Record<DeliveryFailure, number>;
  /** Recipients who acted on the card at least once. */
  opened: number;
  answered: number;
  /** Sent, not answered, deadline passed. */
  late: number;
  /** answered / sent, in percent (0 when nothing was sent). */
  responseRate: number;
}

/** Whether a delivery is late on `today`: sent, not answered, and the deadline has passed. */
export function isDeliveryLate(delivery: Pick<Delivery, 'state'>, deadline: string, today: string): boolean {
  return delivery.state === 'late' || (delivery.state === 'sent' && today > deadline);
}

/** Counts a campaign's deliveries. */
export function funnelOf(deliveries: readonly Delivery[], deadline: string, today: string): CampaignFunnel {
  const failedBy = Object.fromEntries(DELIVERY_FAILURES.map((f) => [f, 0])) as Record<DeliveryFailure, number>;
  const funnel: CampaignFunnel = { total: deliveries.length, queued: 0, sent: 0, failed: 0, failedBy, opened: 0, answered: 0, late: 0, responseRate: 0 };
  for (const d of deliveries) {
    if (d.state === 'queued') funnel.queued += 1;
    if (d.state === 'failed') {
      funnel.failed += 1;
      failedBy[d.failure ?? 'other'] += 1;
    }
    if (d.sentAt && d.state !== 'failed' && d.state !== 'queued') funnel.sent += 1;
    if (d.openedAt) funnel.opened += 1;
    if (d.state === 'answered') funnel.answered += 1;
    if (isDeliveryLate(d, deadline, today)) funnel.late += 1;
  }
  funnel.responseRate = funnel.sent === 0 ? 0 : Math.round((funnel.answered / funnel.sent) * 1000) / 10;
  return funnel;
}
