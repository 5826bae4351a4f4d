export { OutboxDispatcher } from './outbox.dispatcher.js';
export { DEFAULT_DISPATCH_OPTIONS, resolveDispatchOptions, type DispatchOptions } from './dispatch-options.js';
export { emptyStats, statsSince, type ComposeResult, type DispatchDeps, type DispatchLogger, type DispatchOutcome, type DispatchStats } from './dispatch.types.js';
export { TEAMS_CONVERSATION_LIMITS, SlidingWindowLimiter, perSecondWindows, type RateWindow } from './rate-limiter.js';
export { KeyedRateLimiter } from './keyed-rate-limiter.js';
export { backoffDelay, type BackoffPolicy } from './backoff.js';
export type { TimeSource } from '../../../ports/time-source.port.js';
