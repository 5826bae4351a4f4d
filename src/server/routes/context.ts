import type { Request } from 'express';
import type { Identity } from '../../app/authorization/identity.js';
import { can } from '../../app/authorization/policy.js';
import { hiddenFieldsFor } from '../../app/authorization/redaction.js';
import type { InternalField, Mandate } from '../../domain/entities/index.js';
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

/** The fields the caller may not see: none for those who read internal fields; for readers, the mandate's choice. */
export async function hiddenFieldsOf(req: Request, readMandate: () => Promise<Pick<Mandate, 'internalFields'> | undefined>): Promise<readonly InternalField[]> {
  const who = identityOf(req);
  return can(who, 'internal.read') ? [] : hiddenFieldsFor(who, await readMandate());
}
