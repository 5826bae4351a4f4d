import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  IntegrityError,
  NotFoundError,
  StateConflictError,
  ValidationError,
} from '../../domain/errors.js';
import { ImportInvalidError } from '../../app/import/import-issue.js';
import { IMPORT_MESSAGES } from '../../app/import/import-messages.js';
import type { LocalizedText } from '../../domain/validation/messages.js';
import { StoreError, StoreThrottledError } from '../../ports/store-errors.js';
import { HttpError } from './http-error.js';
import { requestLang } from './lang.js';

interface ErrorBody {
  error: { code: string; message: string; details: { path: string; code: string; message: string }[]; current?: unknown };
}

interface Mapped {
  status: number;
  retryAfterSeconds?: number;
  code: string;
  message: LocalizedText;
  details?: ValidationError['issues'];
  current?: unknown;
  headers?: Record<string, string>;
}

/** The content codings the body parsers decode (RFC 9110 asks a 415 for an unknown coding to list them). */
const ACCEPTED_CODINGS = 'gzip, deflate, br, identity';

/** Body-parser failures carry a `type`, except a decompression error (zlib's, passed on as a bare 400); map the ones a client can cause. */
function bodyParserError(error: unknown, req: Request): Mapped | undefined {
  const { type, status } = error as { type?: unknown; status?: unknown };
  if (type === 'entity.parse.failed')
    return { status: 400, code: 'invalid_json', message: { fr: 'Le corps n’est pas du JSON valide.', en: 'The body is not valid JSON.' } };
  if (type === 'entity.too.large')
    return { status: 413, code: 'payload_too_large', message: { fr: 'Le corps de la requête est trop volumineux.', en: 'The request body is too large.' } };
  if (type === 'encoding.unsupported')
    return {
      status: 415,
      code: 'unsupported_encoding',
      headers: { 'Accept-Encoding': ACCEPTED_CODINGS },
      message: {
        fr: `Content-Encoding inconnu : envoyez le corps en ${ACCEPTED_CODINGS}.`,
        en: `Unknown Content-Encoding: send the body as ${ACCEPTED_CODINGS}.`,
      },
    };
  if (type === 'charset.unsupported')
    return { status: 415, code: 'unsupported_charset', message: { fr: 'Jeu de caractères non pris en charge : envoyez de l’UTF-8.', en: 'Unsupported charset: send UTF-8.' } };
  const coding = req.get('content-encoding')?.trim().toLowerCase();
  if (type === undefined && status === 400 && coding !== undefined && coding !== 'identity')
    return {
      status: 400,
      code: 'invalid_body_encoding',
      message: {
        fr: 'Le corps ne correspond pas à son Content-Encoding (compression invalide) : rien n’a été lu.',
        en: 'The body does not match its Content-Encoding (invalid compression): nothing was read.',
      },
    };
  return undefined;
}

/** Any other client error Express's own machinery raises (an aborted upload, a wrong Content-Length…): its 4xx, our shape. */
function clientError(error: unknown): Mapped | undefined {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  return { status, code: 'bad_request', message: { fr: 'Requête invalide.', en: 'Bad request.' } };
}

function mapError(error: unknown, req: Request): Mapped | undefined {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.messages };
  if (error instanceof ValidationError)
    return {
      status: 400,
      code: error.code,
      message: { fr: 'Certaines valeurs ne conviennent pas.', en: 'Some values are not valid.' },
      details: error.issues,
    };
  // An invalid file: one detail per problem, located as `Actions!F12`, under a summary that counts them.
  if (error instanceof ImportInvalidError)
    return { status: 400, code: error.code, message: IMPORT_MESSAGES.summary(error.total, error.issues.length), details: error.issues };
  if (error instanceof NotFoundError)
    return { status: 404, code: error.code, message: { fr: 'Enregistrement introuvable.', en: 'Record not found.' } };
  if (error instanceof ConflictError)
    return {
      status: 412,
      code: error.code,
      message: {
        fr: 'Quelqu’un d’autre a modifié cet enregistrement entre-temps : rien n’a été écrit. Voici sa version actuelle.',
        en: 'Someone else changed this record meanwhile: nothing was written. Here is its current version.',
      },
      current: error.current,
    };
  if (error instanceof IntegrityError || error instanceof StateConflictError)
    return { status: 409, code: error.code, message: error.messages };
  if (error instanceof ForbiddenError)
    return { status: 403, code: error.code, message: { fr: 'Vous n’avez pas le droit de faire cela.', en: 'You are not allowed to do this.' } };
  if (error instanceof StoreError && (error instanceof StoreThrottledError || error.code === 'store_unavailable'))
    return {
      status: 503,
      code: error.code,
      retryAfterSeconds: error instanceof StoreThrottledError ? (error.retryAfterSeconds ?? 5) : 5,
      message: {
        fr: 'Le stockage est momentanément indisponible ; réessayez dans un instant. Rien n’a été perdu de ce qui est enregistré.',
        en: 'Storage is temporarily unavailable; try again shortly. Nothing saved was lost.',
      },
    };
  if (error instanceof DomainError) return { status: 400, code: error.code, message: { fr: error.message, en: error.message } };
  return bodyParserError(error, req) ?? clientError(error);
}

/** Turns every error into the documented JSON shape; never a stack trace. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const mapped = mapError(error, req) ?? {
      status: 500,
      code: 'internal_error',
      message: { fr: 'Erreur interne. Elle a été journalisée.', en: 'Internal error. It has been logged.' },
    };
    if (mapped.status >= 500) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    const lang = requestLang(req);
    const body: ErrorBody = {
      error: {
        code: mapped.code,
        message: mapped.message[lang],
        details: (mapped.details ?? []).map((d) => ({ path: d.path, code: d.code, message: d.message[lang] })),
        ...(mapped.current === undefined ? {} : { current: mapped.current }),
      },
    };
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.setHeader(name, value);
    if (mapped.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(mapped.retryAfterSeconds));
    if (mapped.current && typeof mapped.current === 'object' && 'version' in mapped.current)
      res.setHeader('ETag', `"${String(mapped.current.version)}"`);
    res.status(mapped.status).json(body);
  };
}

/** 404 in the same shape for any route that does not exist. */
export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new HttpError(404, 'route_not_found', { fr: 'Cette adresse n’existe pas.', en: 'No such route.' }));
};

/** Writes must send JSON: 415 otherwise, before anything is parsed. */
export const requireJson: RequestHandler = (req, _res, next) => {
  // An empty POST (launch, close) needs no Content-Type: `req.is` answers null without a body, and a declared
  // length of 0 is no body either.
  const empty = req.get('content-length') === '0' && req.get('transfer-encoding') === undefined;
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(req.method) && !empty;
  if (hasBody && req.is('application/json') === false)
    return next(
      new HttpError(415, 'unsupported_media_type', {
        fr: 'Envoyez le corps en JSON (Content-Type: application/json).',
        en: 'Send the body as JSON (Content-Type: application/json).',
      }),
    );
  next();
};
