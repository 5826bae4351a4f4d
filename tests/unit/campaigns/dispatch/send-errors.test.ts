import { attemptErrorOf } from '../../../../src/app/campaigns/dispatch/send-errors.js';
import { SendFailure } from '../../../../src/ports/messaging.port.js';

describe('attemptErrorOf', () => {
  it('retries throttled and transient failures, with the delay the service asked for', () => {
    expect(attemptErrorOf(new SendFailure('throttled', 'Too Many Requests', 429, 'other', 3_000))).toEqual({
      retry: true,
      throttled: true,
      error: '429 Too Many Requests',
      retryAfterMs: 3_000,
    });
    expect(attemptErrorOf(new SendFailure('transient', 'socket hang up'))).toEqual({ retry: true, throttled: false, error: 'socket hang up', retryAfterMs: undefined });
  });

  it('keeps the reason of final failures', () => {
    expect(attemptErrorOf(new SendFailure('final', 'MessageWritesBlocked', 403, 'blocked'))).toEqual({
      retry: false,
      reason: 'blocked',
      error: '403 MessageWritesBlocked',
    });
  });

  it('treats an unexpected error as transient, keeping its message', () => {
    expect(attemptErrorOf(new TypeError('boom'))).toEqual({ retry: true, throttled: false, error: 'boom' });
    expect(attemptErrorOf('odd')).toEqual({ retry: true, throttled: false, error: 'odd' });
  });
});
