import { z } from 'zod';
import { validate } from '../../domain/validation/validate.js';

/** Query parameters that any route accepts and that filters must ignore. */
const GLOBAL_PARAMS = ['lang', 'as'];

/** A comma-separated list of enum values, e.g. `status=late,blocked`. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Validates a query string against a strict schema: an unknown parameter is an error, not silently ignored. */
export function parseQuery<T>(schema: z.ZodType<T, unknown>, query: unknown): T {
  const params = { ...(query as Record<string, unknown>) };
  for (const name of GLOBAL_PARAMS) delete params[name];
  return validate(schema, params);
}
