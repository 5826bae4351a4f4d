import type { DeliveryFailure } from '../../src/domain/campaigns/delivery-states.js';
import { SendFailure } from '../../src/ports/messaging.port.js';

/** What a failed Bot Connector call says: status, Teams error code or system error code, Retry-After. */
interface ConnectorFailure {
  status?: number;
  code?: string;
  retryAfter?: string;
  name: string;
}

const TRANSIENT_STATUSES = new Set([412, 502, 503, 504]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'REQUEST_SEND_ERROR']);

const hasGet = (value: unknown): value is { get(name: string): unknown } =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'get') === 'function';

// A RestError (@azure/core-rest-pipeline, what botbuilder's ConnectorClient throws) keeps the HTTP status in
// `statusCode`, the Teams error code (`MessageWritesBlocked`…) or the system one (`ECONNREFUSED`) in `code`, and the
// response, non-enumerable, in `response` whose `headers` is an HttpHeaders with a case-insensitive `get`.
function readFailure(error: unknown): ConnectorFailure {
  if (!(error instanceof Error)) return { name: 'NonError' };
  const status: unknown = Reflect.get(error, 'statusCode');
  const code: unknown = Reflect.get(error, 'code');
  const response: unknown = Reflect.get(error, 'response');
  const headers: unknown = typeof response === 'object' && response !== null ? Reflect.get(response, 'headers') : undefined;
  const retryAfter = hasGet(headers) ? headers.get('retry-after') : undefined;
  return {
    name: error.name,
    status: typeof status === 'number' ? status : undefined,
    code: typeof code === 'string' ? code : undefined,
    retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
  };
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMsOf(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function finalReasonOf(status: number, code: string | undefined): DeliveryFailure {
  if (status === 403) return code === 'BotNotInConversationRoster' ? 'app_not_installed' : 'blocked';
  if (status === 404) return 'recipient_not_found';
  if (status === 413) return 'too_large';
  return 'other';
}

/** Classifies a failed send or update for the dispatcher: retry (throttled, transient) or record (final, with the reason). */
export function toSendFailure(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const { status, code, retryAfter, name } = readFailure(error);
  const said = `${status ?? 'no status'}${code ? ` ${code}` : ''}`;
  if (status === 429) return new SendFailure('throttled', `Teams throttled the bot (${said})`, status, 'other', retryAfterMsOf(retryAfter));
  if (status !== undefined && TRANSIENT_STATUSES.has(status))
    return new SendFailure('transient', `Teams is unavailable (${said})`, status, 'other', retryAfterMsOf(retryAfter));
  if (status !== undefined) return new SendFailure('final', `Teams refused the message (${said})`, status, finalReasonOf(status, code));
  if ((code !== undefined && NETWORK_CODES.has(code)) || name === 'AbortError')
    return new SendFailure('transient', `Teams could not be reached (${code ?? name})`);
  return new SendFailure('final', `the message could not be sent (${name})`);
}
