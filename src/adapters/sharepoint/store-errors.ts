import {
  StoreAccessDeniedError,
  StoreRequestError,
  StoreThrottledError,
  StoreUnavailableError,
  type StoreError,
} from '../../ports/store-errors.js';

// Graph errors never leave the adapter as they are: not found and 412 become the domain's NotFoundError and
// ConflictError, the rest one of the store errors of the port.
export {
  StoreAccessDeniedError,
  StoreError,
  StoreRequestError,
  StoreSchemaError,
  StoreThrottledError,
  StoreUnavailableError,
} from '../../ports/store-errors.js';

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
