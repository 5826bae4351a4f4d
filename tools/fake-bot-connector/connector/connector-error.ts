import type { BlockedAnswer, FaultStatus } from '../types.js';

/** A connector answer other than success, thrown by handlers and written by the pipeline. */
export class ConnectorHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`connector answered ${status}`);
    this.name = 'ConnectorHttpError';
  }
}

/** Teams' usual error envelope: `{ error: { code, message } }` (codes from "Status codes from bot conversational APIs"). */
export const teamsError = (status: number, code: string, message: string, headers: Record<string, string> = {}): ConnectorHttpError =>
  new ConnectorHttpError(status, { error: { code, message } }, headers);

/** 404 ConversationNotFound: no such conversation (or its user left the tenant). */
export const conversationNotFound = (): ConnectorHttpError => teamsError(404, 'ConversationNotFound', 'Conversation not found.');
/** 404 ActivityNotFoundInConversation (Teams' message for it really is "Conversation not found."). */
export const activityNotFound = (): ConnectorHttpError => teamsError(404, 'ActivityNotFoundInConversation', 'Conversation not found.');
/** 404 MemberNotFoundInConversation: no such member, or no such user to open a 1:1 with. */
export const memberNotFound = (): ConnectorHttpError => teamsError(404, 'MemberNotFoundInConversation', 'The member is not found in the conversation.');
/** 400 BadArgument: a payload Teams refuses. */
export const badArgument = (message: string): ConnectorHttpError => teamsError(400, 'BadArgument', message);
/** 403 BotNotInConversationRoster: the bot is not (or no longer) in the team. */
export const botNotInRoster = (): ConnectorHttpError => teamsError(403, 'BotNotInConversationRoster', "The bot isn't part of the conversation roster.");
/** 403 ForbiddenOperationException: a 1:1 cannot be opened, the app is not installed for the user. */
export const notInstalledForUser = (): ConnectorHttpError => teamsError(403, 'ForbiddenOperationException', "Bot is not installed in user's personal scope");
/** 413 MessageSizeTooBig. */
export const messageTooBig = (): ConnectorHttpError => teamsError(413, 'MessageSizeTooBig', 'Message size too large.');

/** The proactive-messaging body of a blocked or removed bot (documented with Teams' 403 example). */
const messageWritesBlocked = (): ConnectorHttpError =>
  new ConnectorHttpError(403, {
    errorCode: 209,
    message: '{\r\n  "subCode": "MessageWritesBlocked",\r\n  "details": "Thread is blocked from message writes.",\r\n  "errorCode": null,\r\n  "errorSubCode": null\r\n}',
  });

/** 403 for a user who blocked the bot, in either of the two shapes Teams uses. */
export function blockedByUser(answer: BlockedAnswer): ConnectorHttpError {
  return answer === 'MessageWritesBlocked' ? messageWritesBlocked() : teamsError(403, 'ConversationBlockedByUser', 'User blocked the conversation with the bot.');
}

/** 403 for a user whose personal app was removed. */
export const appRemovedByUser = messageWritesBlocked;

/** 429 Throttled with Retry-After in seconds. */
export const throttled = (retryAfterSeconds: number): ConnectorHttpError =>
  teamsError(429, 'Throttled', 'Too many requests.', { 'Retry-After': String(retryAfterSeconds) });

/** 401 as the Bot Connector answers a call without a valid bot token. */
export const unauthorized = (): ConnectorHttpError =>
  new ConnectorHttpError(401, { message: 'Authorization has been denied for this request.' });

const FAULT_BODIES: Record<FaultStatus, [string, string]> = {
  412: ['PreconditionFailed', 'Precondition failed, please try again.'],
  429: ['Throttled', 'Too many requests.'],
  500: ['ServiceError', 'Internal server error.'],
  502: ['ServiceError', 'Service dependency issue.'],
  503: ['ServiceUnavailable', 'Service is unavailable.'],
  504: ['GatewayTimeout', 'Gateway Timeout.'],
};

/** An injected fault's answer. */
export function faultError(status: FaultStatus, retryAfterSeconds?: number): ConnectorHttpError {
  const [code, message] = FAULT_BODIES[status];
  return teamsError(status, code, message, retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) });
}
