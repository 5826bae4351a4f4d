/**
 * Failures of a store that are not the caller's doing (throttling, outage, access, schema). Adapters turn their
 * transport errors into these so that the server can answer them without knowing which store runs.
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

