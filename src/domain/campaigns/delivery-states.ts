import { stateMachine } from './state-machine.js';

export const DELIVERY_STATES = ['queued', 'sent', 'failed', 'answered', 'late'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Why a delivery failed for good. */
export const DELIVERY_FAILURES = ['app_not_installed', 'recipient_not_found', 'blocked', 'too_large', 'other'] as const;
export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

/**
 * One recipient of one campaign: queued until the card is sent, then answered (or late once the deadline passed);
 * a failed delivery can be queued again when the campaign relaunches; answers can be amended (answered → answered).
 */
export const deliveryStates = stateMachine<DeliveryState>('delivery', {
  queued: ['queued', 'sent', 'failed'],
  sent: ['answered', 'late', 'queued'],
  late: ['answered', 'queued'],
  failed: ['queued'],
  answered: ['answered'],
});
