import type { AdaptiveCard } from '../cards/adaptive-card.types.js';

/** Content types of the answers to an `adaptiveCard/action` invoke (Universal Actions). */
export const INVOKE_CONTENT_TYPES = {
  card: 'application/vnd.microsoft.card.adaptive',
  message: 'application/vnd.microsoft.activity.message',
  error: 'application/vnd.microsoft.error',
  retryAfter: 'application/vnd.microsoft.activity.retryAfter',
} as const;

/** The body of an invoke response, by kind; the bot layer hands it to botbuilder as is. */
export type InvokeResponse =
  | { statusCode: 200; type: typeof INVOKE_CONTENT_TYPES.card; value: AdaptiveCard }
  | { statusCode: 200; type: typeof INVOKE_CONTENT_TYPES.message; value: string }
  | { statusCode: 400 | 500; type: typeof INVOKE_CONTENT_TYPES.error; value: { code: string; message: string } }
  | { statusCode: 429; type: typeof INVOKE_CONTENT_TYPES.retryAfter; value: number };

/** Replaces the card in place with `card`. */
export function cardResponse(card: AdaptiveCard): InvokeResponse {
  return { statusCode: 200, type: INVOKE_CONTENT_TYPES.card, value: card };
}

/** Leaves the card as it is and shows a short message to the person. */
export function messageResponse(text: string): InvokeResponse {
  return { statusCode: 200, type: INVOKE_CONTENT_TYPES.message, value: text };
}

/** Reports an error: 400 for a bad action (nothing changed), 500 when we failed. */
export function errorResponse(statusCode: 400 | 500, code: string, message: string): InvokeResponse {
  return { statusCode, type: INVOKE_CONTENT_TYPES.error, value: { code, message } };
}

/**
 * Asks the client to retry later. The Universal Actions table types the value as a number without stating the unit
 * (unsure); we send whole seconds, like HTTP Retry-After.
 */
export function retryAfterResponse(seconds: number): InvokeResponse {
  return { statusCode: 429, type: INVOKE_CONTENT_TYPES.retryAfter, value: Math.max(1, Math.ceil(seconds)) };
}
