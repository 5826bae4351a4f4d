import type { FieldError } from '../api/api-error';

/** Messages by API path (`deadline`, `questions.0.label.fr`): the first one the API gave for each path. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The API's field details as messages by path. */
export function fieldErrorsOf(details: readonly Pick<FieldError, 'path' | 'message'>[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const d of details) errors[d.path] ??= d.message;
  return errors;
}

/** The message at a path or anywhere under it (`audience` covers `audience.serviceIds.2`). */
export function errorUnder(errors: FieldErrors, prefix: string): string | undefined {
  const path = Object.keys(errors).find((p) => p === prefix || p.startsWith(`${prefix}.`));
  return path === undefined ? undefined : errors[path];
}

/** The errors under a prefix, re-keyed relative to it (`questions.2.min` → `min` for prefix `questions.2`). */
export function errorsWithin(errors: FieldErrors, prefix: string): FieldErrors {
  const within: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) if (path.startsWith(`${prefix}.`)) within[path.slice(prefix.length + 1)] = message;
  return within;
}
