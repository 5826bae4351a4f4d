import { SendFailure } from '../../../../src/ports/messaging.port.js';
import { retryAfterMsOf, toSendFailure } from '../../../../bot/transport/send-failure.mapping.js';

/** An error shaped like @azure/core-rest-pipeline's RestError, as botbuilder's ConnectorClient throws it. */
function restError(statusCode: number | undefined, code?: string, headers: Record<string, string> = {}): Error {
  const error = Object.assign(new Error('Teams says no'), { name: 'RestError', statusCode, code });
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  Object.defineProperty(error, 'response', { value: { status: statusCode, headers: { get: (name: string) => lower[name.toLowerCase()] } }, enumerable: false });
  return error;
}

describe('retryAfterMsOf', () => {
  const now = Date.parse('2026-03-02T08:00:00Z');
  it.each([
    ['7', 7000],
    ['0', 0],
    ['1.5', 1500],
    ['Mon, 02 Mar 2026 08:00:30 GMT', 30_000],
    ['Mon, 02 Mar 2026 07:59:00 GMT', 0],
  ])('%s → %i ms', (value, ms) => expect(retryAfterMsOf(value, now)).toBe(ms));

  it.each([undefined, '', 'soon'])('%s → unknown', (value) => expect(retryAfterMsOf(value, now)).toBeUndefined());
});

describe('toSendFailure', () => {
  it('429 is throttled with the wait Teams asked for', () => {
    expect(toSendFailure(restError(429, 'Throttled', { 'Retry-After': '3' }))).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 3000 });
    expect(toSendFailure(restError(429)).retryAfterMs).toBeUndefined();
  });

  it('503 keeps its Retry-After too', () => {
    expect(toSendFailure(restError(503, undefined, { 'retry-after': '2' }))).toMatchObject({ kind: 'transient', retryAfterMs: 2000 });
  });

  it('500 and other statuses are final, reason other', () => {
    expect(toSendFailure(restError(500))).toMatchObject({ kind: 'final', reason: 'other' });
    expect(toSendFailure(restError(401))).toMatchObject({ kind: 'final', reason: 'other' });
  });

  it('a 403 of any other code counts as blocked', () => {
    expect(toSendFailure(restError(403, 'Forbidden'))).toMatchObject({ kind: 'final', reason: 'blocked' });
  });

  it('network errors and timeouts are transient', () => {
    expect(toSendFailure(restError(undefined, 'ECONNRESET'))).toMatchObject({ kind: 'transient' });
    expect(toSendFailure(restError(undefined, 'REQUEST_SEND_ERROR'))).toMatchObject({ kind: 'transient' });
    expect(toSendFailure(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }))).toMatchObject({ kind: 'transient' });
  });

  it('anything else is final, and a SendFailure passes through', () => {
    expect(toSendFailure(new TypeError('x is undefined'))).toMatchObject({ kind: 'final', reason: 'other' });
    expect(toSendFailure('a string')).toMatchObject({ kind: 'final', reason: 'other' });
    const failure = new SendFailure('final', 'already classified', 404, 'recipient_not_found');
    expect(toSendFailure(failure)).toBe(failure);
  });

  it('says the status and Teams code, never the request', () => {
    const failure = toSendFailure(restError(403, 'MessageWritesBlocked'));
    expect(failure.message).toContain('403 MessageWritesBlocked');
    expect(failure).toBeInstanceOf(SendFailure);
  });
});
