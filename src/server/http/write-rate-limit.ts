import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { identityOf } from '../routes/context.js';
import { HttpError } from './http-error.js';

/** Limits of writes per person: generous for people, tight enough to stop a runaway script. */
export interface WriteRateLimit {
  windowMs: number;
  maxWritesPerWindow: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Per-identity rate limit on write requests (reads are not limited); answers 429 with Retry-After. */
export function writeRateLimit(limit: WriteRateLimit): RequestHandler {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.maxWritesPerWindow,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => !WRITE_METHODS.has(req.method),
    // Runs after authentication: the person, not the address, is what is limited (Teams users share egress IPs).
    keyGenerator: (req) => identityOf(req).personId,
    handler: (_req, _res, next) =>
      next(
        new HttpError(429, 'too_many_requests', {
          fr: 'Trop de modifications en peu de temps : réessayez dans un instant.',
          en: 'Too many changes in a short time: try again in a moment.',
        }),
      ),
  });
}
