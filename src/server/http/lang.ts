import type { Request } from 'express';
import type { Lang } from '../../domain/validation/messages.js';

/** The language of the answer: `?lang=` first, then Accept-Language; French by default. */
export function requestLang(req: Request): Lang {
  const explicit = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (explicit === 'en' || explicit === 'fr') return explicit;
  return req.acceptsLanguages('fr', 'en') === 'en' ? 'en' : 'fr';
}
