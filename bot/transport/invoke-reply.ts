import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { CardActionReply } from '../../src/ports/bot-application.port.js';
import { transportText } from './transport-texts.js';

/** Content types of the answers to an `adaptiveCard/action` invoke (Universal Actions). */
export const INVOKE_CONTENT_TYPES = {
  card: 'application/vnd.microsoft.card.adaptive',
  message: 'application/vnd.microsoft.activity.message',
  error: 'application/vnd.microsoft.error',
} as const;

/** The body of the answer to an `adaptiveCard/action` invoke (Universal Actions), from the application's reply. */
export function toInvokeResponse(reply: CardActionReply): AdaptiveCardInvokeResponse {
  switch (reply.kind) {
    case 'card':
      return { statusCode: 200, type: INVOKE_CONTENT_TYPES.card, value: { ...reply.card } };
    case 'message':
      // botframework-schema types `value` as an object; for a message Teams takes the text itself.
      return { statusCode: 200, type: INVOKE_CONTENT_TYPES.message, value: reply.text as unknown as Record<string, unknown> };
    case 'error':
      return { statusCode: reply.status, type: INVOKE_CONTENT_TYPES.error, value: { code: reply.code, message: reply.message } };
  }
}

/** The answer when the application failed: a generic sentence, never the error. */
export function internalErrorInvokeResponse(locale: string | undefined): AdaptiveCardInvokeResponse {
  return toInvokeResponse({ kind: 'error', status: 500, code: 'internal_error', message: transportText('internalError', locale) });
}
