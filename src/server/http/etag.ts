import type { Request, Response } from 'express';
import type { Version } from '../../domain/entities/index.js';
import { HttpError } from './http-error.js';

/** Sets the ETag of a record's version. */
export function setETag(res: Response, version: Version): void {
  res.setHeader('ETag', `"${version}"`);
}

/** The version the client expects, from If-Match; 428 when a write needs one and it is missing. */
export function requireIfMatch(req: Request): Version {
  const header = req.get('If-Match')?.trim();
  if (!header)
    throw new HttpError(428, 'precondition_required', {
      fr: 'En-tête If-Match requis : renvoyez l’ETag lu avec l’enregistrement.',
      en: 'If-Match header required: send back the ETag you read with the record.',
    });
  return header.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
