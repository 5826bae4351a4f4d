import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * Per-request notes shared with the middleware chain: the caller says whether the request may be replayed, the
 * retry step says how many attempts it took (a replayed delete that answers 404 was done by its first attempt).
 */
export class RequestTrace implements MiddlewareOptions {
  attempts = 0;
  constructor(readonly idempotent = false) {}
}

/** The trace a request carries, if any. */
export function traceOf(context: Context): RequestTrace | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(RequestTrace);
  return option instanceof RequestTrace ? option : undefined;
}
