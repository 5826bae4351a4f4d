import { randomUUID } from 'node:crypto';
import { GraphHttpError, graphErrorBody } from './graph-error.js';
import { jsonResponse, type GraphResponse } from './graph-message.js';

/** Graph's JSON error answer for a GraphHttpError. */
export function errorResponse(error: GraphHttpError): GraphResponse {
  const requestId = randomUUID();
  return jsonResponse(error.status, graphErrorBody(error.code, error.message, requestId, error.extra.innerCode), { ...(error.extra.headers ?? {}), 'request-id': requestId });
}

/** 429 TooManyRequests or 503 serviceNotAvailable with Retry-After, as SharePoint throttles. */
export function throttledResponse(status: 429 | 503, retryAfterSeconds: number): GraphResponse {
  const error = status === 429
    ? new GraphHttpError(429, 'TooManyRequests', 'Too many requests. Retry after the number of seconds given in the Retry-After header.', { innerCode: 'throttledRequest' })
    : new GraphHttpError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Retry after the number of seconds given in the Retry-After header.');
  const response = errorResponse(error);
  response.headers['Retry-After'] = String(retryAfterSeconds);
  return response;
}

/** Any unexpected exception becomes 500 generalException (and is logged by the server). */
export function unexpectedResponse(): GraphResponse {
  return errorResponse(new GraphHttpError(500, 'generalException', 'An unspecified error has occurred.'));
}
