import type { CardChecks } from './cards/card-checks.js';
import type { Directory } from './directory/directory.js';
import type { MessageIds } from './directory/ids.js';
import type { FaultInjector } from './faults/fault-injector.js';
import type { TeamsRateLimiter } from './limits/teams-limits.js';
import type { Recorder } from './recording/recorder.js';
import type { BlockedAnswer, Clock, ConnectorOperation } from './types.js';

/** Everything a connector handler may touch. */
export interface ConnectorContext {
  directory: Directory;
  recorder: Recorder;
  limits: TeamsRateLimiter;
  faults: FaultInjector;
  ids: MessageIds;
  clock: Clock;
  /** `28:<appId>` */
  botId: string;
  botName: string;
  maxMessageBytes: number;
  /** Validation of every Adaptive Card the bot sends (activities) or answers (invoke responses). */
  cards: CardChecks;
  blockedAnswer: BlockedAnswer;
  pageSizes: { defaultSize: number; maxSize: number };
}

/** A connector call after routing: path parameters are decoded. */
export interface ConnectorRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** A handler's answer, with what the recording should say the call was about. */
export interface ConnectorResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  conversationId?: string;
  activityId?: string;
  userId?: string;
}

export interface ConnectorRoute {
  method: string;
  /** e.g. `/v3/conversations/{conversationId}/activities` */
  template: string;
  operation: ConnectorOperation;
  handle: (req: ConnectorRequest, ctx: ConnectorContext) => ConnectorResult;
}
