/** One field-level problem, as the API reports it (`path` is dotted, e.g. `milestones.0.date`). */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** The API's error body: `{ error: { code, message, details, current? } }`. */
export interface ErrorBody {
  error: { code: string; message: string; details?: FieldError[]; current?: unknown };
}

/** Any failed API call: HTTP status, the API's code, its (localised) message and field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message of one field, if the API reported one for it. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }

  /** The messages by top-level field (`milestones.0.date` → `milestones`), for a form to show beside its inputs. */
  messagesByField(): Record<string, string> {
    return Object.fromEntries(this.details.map((d) => [d.path.split('.')[0] ?? d.path, d.message]));
  }
}

/** 400: the request was refused with field-level details. */
export class ValidationError extends ApiError {
  override readonly name = 'ValidationError';
}

/** 401: no valid identity (token missing or expired, unknown dev user). */
export class UnauthenticatedError extends ApiError {
  override readonly name = 'UnauthenticatedError';
}

/** 403: the identity may not do this. */
export class ForbiddenError extends ApiError {
  override readonly name = 'ForbiddenError';
}

/** 404: the record or route does not exist. */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
}

/** 412: someone changed the record meanwhile; nothing was written. `current` is their version. */
export class VersionConflictError<T = unknown> extends ApiError {
  override readonly name = 'VersionConflictError';
  constructor(
    status: number,
    code: string,
    message: string,
    readonly current: T | undefined,
    readonly currentVersion: string | undefined,
  ) {
    super(status, code, message);
  }
}

/** The server could not be reached, or answered something that is not the API's JSON. */
export class NetworkError extends ApiError {
  override readonly name = 'NetworkError';
  constructor(message: string) {
    super(0, 'network_error', message);
  }
}

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as ErrorBody).error === 'object' &&
  typeof (value as ErrorBody).error.code === 'string';

/** Maps a non-2xx answer to the typed error of its status. */
export function toApiError(status: number, body: unknown, etag: string | undefined, fallbackMessage: string): ApiError {
  if (!isErrorBody(body)) return new ApiError(status, `http_${status}`, fallbackMessage);
  const { code, message, details = [], current } = body.error;
  switch (status) {
    case 400:
      return new ValidationError(status, code, message, details);
    case 401:
      return new UnauthenticatedError(status, code, message, details);
    case 403:
      return new ForbiddenError(status, code, message, details);
    case 404:
      return new NotFoundError(status, code, message, details);
    case 412:
      return new VersionConflictError(status, code, message, current, etag);
    default:
      return new ApiError(status, code, message, details);
  }
}
