import type { Request } from 'express';
import type { Identity } from '../../app/authorization/identity.js';
import type { CallerView, ReadViews } from '../../app/authorization/read-view.js';
import { unauthenticated } from '../http/http-error.js';

/** The identity the authentication middleware attached to the request. */
export function identityOf(req: Request): Identity {
  const identity = (req as Request & { identity?: Identity }).identity;
  if (!identity) throw unauthenticated();
  return identity;
}

/** Attaches an identity to a request. */
export function attachIdentity(req: Request, identity: Identity): void {
  (req as Request & { identity?: Identity }).identity = identity;
}

/**
 * What the caller may see (src/app/authorization/read-view.ts). Routes obtain records for an answer only from read
 * services that take this view: everything for `internal.read`; for readers, the mandate's internal fields and people's
 * identifiers are gone before any filter, search, read model or file is made.
 */
export function readViewOf(req: Request, views: ReadViews): Promise<CallerView> {
  return views.of(identityOf(req));
}
