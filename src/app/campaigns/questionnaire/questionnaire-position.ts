import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';

/**
 * The `currentStep` of a submitted questionnaire whose card shows the summary (the schema's maximum, beyond any real
 * step). "Amend" moves it back to 0 while the delivery stays answered; a new submit brings it here again.
 */
export const SUMMARY_STEP = 1000;

/** Whether the delivery's card shows the answered summary. */
export function showsSummary(delivery: Pick<Delivery, 'state' | 'currentStep'>): boolean {
  return delivery.state === 'answered' && delivery.currentStep >= SUMMARY_STEP;
}

/** The step the card shows (the last one if the list got shorter since), undefined for the summary or no step. */
export function shownStep(delivery: Pick<Delivery, 'state' | 'currentStep'>, total: number): number | undefined {
  if (showsSummary(delivery) || total === 0) return undefined;
  return Math.min(delivery.currentStep, total - 1);
}
