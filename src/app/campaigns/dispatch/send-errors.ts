import type { DeliveryFailure } from '../../../domain/campaigns/delivery-states.js';
import { SendFailure } from '../../../ports/messaging.port.js';

/** What a failed attempt means for the item. */
export type AttemptError =
  | { retry: true; throttled: boolean; error: string; retryAfterMs?: number }
  | { retry: false; reason: DeliveryFailure; error: string };

const describe = (err: unknown): string => (err instanceof Error ? err.message || err.name : String(err));

/**
 * Reads an error thrown by the sender (or by compose). SendFailure says what it is; anything else is unexpected and
 * treated as transient: retried, and failed with its message once the attempts run out.
 */
export function attemptErrorOf(err: unknown): AttemptError {
  if (err instanceof SendFailure) {
    const error = err.status === undefined ? err.message : `${err.status} ${err.message}`;
    if (err.kind === 'final') return { retry: false, reason: err.reason, error };
    return { retry: true, throttled: err.kind === 'throttled', error, retryAfterMs: err.retryAfterMs };
  }
  return { retry: true, throttled: false, error: describe(err) };
}
