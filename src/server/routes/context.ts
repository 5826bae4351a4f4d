import type { Request } from 'express';
import type { Identity } from '../../app/authorization/identity.js';
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
