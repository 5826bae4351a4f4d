import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

/** A path with a `%` that is not followed by two hex digits (or that decodes to broken UTF-8) cannot name anything. */
export const malformedPath = (): HttpError =>
  new HttpError(400, 'malformed_path', {
    fr: 'L’adresse contient un échappement « % » invalide.',
    en: 'The path contains an invalid “%” escape.',
  });

/** The body's bytes are not UTF-8: refused rather than stored with U+FFFD in place of what was sent. */
export const invalidUtf8 = (): HttpError =>
  new HttpError(400, 'invalid_utf8', {
    fr: 'Le corps de la requête n’est pas encodé en UTF-8 valide : rien n’a été enregistré.',
    en: 'The request body is not valid UTF-8: nothing was saved.',
  });

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch (error) {
    if (error instanceof URIError) return false;
    throw error;
  }
}

/** Every path is decodable before any router sees it: 400 in the API's shape, not the router's 500. */
export const rejectMalformedPath: RequestHandler = (req, _res, next) => {
  next(decodes(req.path) ? undefined : malformedPath());
};

/**
 * A body parser's `verify`: a body declared (or defaulted) as UTF-8 must be UTF-8. The parsers would otherwise
 * decode it with U+FFFD in place of every bad byte and the record would keep them.
 */
export function verifyUtf8(_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string | null): void {
  if (encoding !== null && isUtf8Charset(encoding) && !isUtf8(body)) throw invalidUtf8();
}

/** Whether a charset name is UTF-8's. */
export const isUtf8Charset = (charset: string): boolean => /^utf-?8$/i.test(charset.trim());

/** The charset a Content-Type declares, if any (`text/csv; charset=utf-8` → `utf-8`). */
export function declaredCharset(contentType: string | undefined): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i)?.[1];
}

/**
 * API answers are personal and change with every write: no cache keeps them (`no-store`). The read models that
 * revalidate with an ETag replace it with `private, no-cache` (read-model-cache.ts), so a 304 still works.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
