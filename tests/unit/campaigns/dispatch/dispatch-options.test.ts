import { randomIds } from '../../../../src/adapters/system/system-clock.js';
import { DEFAULT_DISPATCH_OPTIONS, resolveDispatchOptions as resolveWith } from '../../../../src/app/campaigns/dispatch/dispatch-options.js';
import { TEAMS_CONVERSATION_LIMITS } from '../../../../src/app/campaigns/dispatch/rate-limiter.js';
import { MAX_DELIVERY_ATTEMPTS } from '../../../../src/domain/campaigns/delivery.schema.js';

/** The options as the server resolves them: the instance id from the random id adapter. */
const resolveDispatchOptions = (given: Parameters<typeof resolveWith>[0] = {}) => resolveWith(given, randomIds());

describe('resolveDispatchOptions', () => {
  it("defaults to Teams' limits, a random instance id and the schema's attempts", () => {
    const a = resolveDispatchOptions();
    const b = resolveDispatchOptions();
    expect(a).toMatchObject({ ratePerSecond: 30, maxAttempts: MAX_DELIVERY_ATTEMPTS, conversationLimits: TEAMS_CONVERSATION_LIMITS });
    expect(a.instanceId).not.toBe(b.instanceId);
    expect(resolveDispatchOptions({ maxAttempts: 3, instanceId: 'web-1' })).toMatchObject({ ...DEFAULT_DISPATCH_OPTIONS, maxAttempts: 3, instanceId: 'web-1' });
  });

  it('names the bad option', () => {
    expect(() => resolveDispatchOptions({ maxAttempts: MAX_DELIVERY_ATTEMPTS + 1 })).toThrow(/maxAttempts/);
    expect(() => resolveDispatchOptions({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => resolveDispatchOptions({ concurrency: 0 })).toThrow(/concurrency/);
    expect(() => resolveDispatchOptions({ ratePerSecond: -1 })).toThrow(/ratePerSecond/);
    expect(() => resolveDispatchOptions({ leaseMs: 0 })).toThrow(/leaseMs/);
    expect(() => resolveDispatchOptions({ instanceId: 'x'.repeat(101) })).toThrow(/instanceId/);
  });
});
