import type { ConnectorClient } from 'botframework-connector';

// The parts of @azure/core-rest-pipeline's Pipeline and PipelineRequest we touch, typed structurally: that package
// is botbuilder's own dependency, not ours.
interface PipelineRequestLike {
  timeout: number;
}
interface PipelinePolicyLike {
  name: string;
  sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown>;
}
interface PipelineLike {
  addPolicy(policy: PipelinePolicyLike): void;
  removePolicy(options: { name: string }): unknown[];
}

const isPipeline = (value: unknown): value is PipelineLike =>
  typeof value === 'object' && value !== null && 'addPolicy' in value && 'removePolicy' in value;

// botbuilder 4.23.3 (the last release) builds every ConnectorClient on an @azure/core-client ServiceClient that it
// keeps in a private `client` field; the pipeline is only reachable there.
function pipelineOf(connector: ConnectorClient): PipelineLike {
  const serviceClient: unknown = Reflect.get(connector, 'client');
  const pipeline: unknown = typeof serviceClient === 'object' && serviceClient !== null ? Reflect.get(serviceClient, 'pipeline') : undefined;
  if (!isPipeline(pipeline)) throw new Error('botbuilder ConnectorClient has no reachable pipeline: check bot/transport after a botbuilder upgrade');
  return pipeline;
}

/**
 * Makes a Bot Connector client try each call once, with a time limit. The default pipeline retries 429 and 503 as
 * often as Retry-After says (3 times, with no cap on the wait) and 5xx and network errors with exponential back-off:
 * a send would hang for minutes behind our dispatcher's back, which owns retries (SendFailure says when to retry).
 */
export function singleAttemptWithTimeout(connector: ConnectorClient, timeoutMs: number): ConnectorClient {
  const pipeline = pipelineOf(connector);
  if (pipeline.removePolicy({ name: 'defaultRetryPolicy' }).length === 0)
    throw new Error('botbuilder ConnectorClient has no defaultRetryPolicy to remove: check bot/transport after a botbuilder upgrade');
  pipeline.addPolicy({
    name: 'capMandatRequestTimeout',
    // The default is no timeout at all; an aborted call surfaces as an AbortError (a transient failure).
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  });
  return connector;
}
