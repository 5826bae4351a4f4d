/**
 * Failures of the SharePoint store that are not the caller's doing. Graph errors never leave the adapter as they are:
 * not found and 412 become the domain's NotFoundError and ConflictError, the rest one of these.
 */
export abstract class StoreError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly status?: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/** Graph kept throttling after every retry; try again after `retryAfterSeconds`. */
export class StoreThrottledError extends StoreError {
  readonly code = 'store_throttled';
  constructor(message: string, readonly retryAfterSeconds?: number, status?: number, requestId?: string) {
    super(message, status, requestId);
  }
}

/** The app may not do this on the site (token refused, or the Sites.Selected grant is missing or read-only). */
export class StoreAccessDeniedError extends StoreError {
  readonly code = 'store_access_denied';
}

/** Graph refused the request as malformed: a defect of ours or a site that does not match the schema. */
export class StoreRequestError extends StoreError {
  readonly code = 'store_invalid_request';
}

/** Graph could not be reached or kept failing (network, timeouts, 5xx). */
export class StoreUnavailableError extends StoreError {
  readonly code = 'store_unavailable';
}

/** The site is not provisioned, or provisioned by a newer release. */
export class StoreSchemaError extends StoreError {
  readonly code = 'store_schema';
}

/** The Graph error body, as documented: `{ error: { code, message, innerError: { "request-id" } } }`. */
export interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: { 'request-id'?: string } };
}

/** Turns a final Graph failure into one of our typed errors. */
export function storeErrorOf(what: string, status: number, body: unknown, retryAfter?: string | null): StoreError {
  const error = (body as GraphErrorBody | undefined)?.error;
  const detail = `${what}: Graph answered ${status}${error?.code ? ` ${error.code}` : ''}${error?.message ? ` (${error.message})` : ''}`;
  const requestId = error?.innerError?.['request-id'];
  if (status === 429 || status === 503) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
    return new StoreThrottledError(detail, seconds, status, requestId);
  }
  if (status === 401 || status === 403) return new StoreAccessDeniedError(detail, status, requestId);
  if (status >= 400 && status < 500) return new StoreRequestError(detail, status, requestId);
  return new StoreUnavailableError(detail, status, requestId);
}
