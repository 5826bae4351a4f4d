import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Identity } from '../../app/authorization/identity.js';
import { ROLES, type Person, type Role } from '../../domain/entities/index.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { HttpError } from '../http/http-error.js';
import type { AuthRequest, Authenticator } from './authenticator.js';

/** How to check Entra ID access tokens (Teams SSO) for this app. */
export interface EntraAuthOptions {
  /** Tenants whose users may sign in (the commune's own tenant, usually one). */
  allowedTenantIds: readonly string[];
  /** The app registration's client id. */
  clientId: string;
  /** The Application ID URI (`api://<domain>/<client id>`), also accepted as audience. */
  applicationIdUri?: string;
  /** Entra's login host; overridable for sovereign clouds and local test authorities. */
  authorityHost: string;
  /** Delegated scope the tab asks for. */
  requiredScope: string;
  /** Tolerated clock difference, in seconds. */
  clockSkewSeconds: number;
  /** Least time between two JWKS fetches triggered by unknown key ids (default 30 s: a forged kid cannot flood Entra). */
  jwksCooldownMs?: number;
}

/** The 401 answers, each with a code a client (or an administrator reading logs) can act on; nothing else is revealed. */
const refuse = (code: string, fr: string, en: string): HttpError => new HttpError(401, code, { fr, en });
const MISSING = () => refuse('token_missing', 'Jeton d’accès manquant.', 'Access token missing.');
const INVALID = () => refuse('token_invalid', 'Jeton d’accès invalide.', 'Invalid access token.');
const EXPIRED = () => refuse('token_expired', 'Jeton d’accès expiré : reconnectez-vous.', 'Access token expired: sign in again.');
const AUDIENCE = () => refuse('token_wrong_audience', 'Ce jeton n’est pas destiné à Cap Mandat.', 'This token is not meant for Cap Mandat.');
const TENANT = () => refuse('token_wrong_tenant', 'Votre organisation n’a pas accès à cette instance.', 'Your organisation has no access to this instance.');
const SCOPE = () => refuse('token_missing_scope', 'Le jeton ne porte pas la permission attendue.', 'The token lacks the expected permission.');

/** Entra app role values (as declared in the app registration) mapped to our roles. */
const APP_ROLE_VALUES: Record<string, Role> = {
  'CapMandat.Administrator': 'administrator',
  'CapMandat.Pilotage': 'pilotage',
  'CapMandat.Elected': 'elected',
  'CapMandat.ServiceHead': 'service_head',
  'CapMandat.Reader': 'reader',
};

/** The strongest role among the token's app roles, if the tenant assigns any. */
function roleFromAppRoles(claim: unknown): Role | undefined {
  if (!Array.isArray(claim)) return undefined;
  const roles = claim.map((value) => APP_ROLE_VALUES[String(value)]).filter((r): r is Role => r !== undefined);
  return ROLES.find((role) => roles.includes(role));
}

function bearerToken(request: AuthRequest): string | undefined {
  const header = request.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}

/**
 * Validates Teams SSO tokens: tenant in the allowed list, signature against that tenant's JWKS (cached, refetched on
 * an unknown key id), v1 or v2 issuer, audience, scope, expiry. Identity = tenant + object id, matched to a person.
 */
export function entraAuthenticator(store: RoadmapStore, options: EntraAuthOptions): Authenticator {
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const host = options.authorityHost.replace(/\/+$/, '');
  const keysOf = (tenantId: string) => {
    let keys = keySets.get(tenantId);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(`${host}/${tenantId}/discovery/v2.0/keys`), { cooldownDuration: options.jwksCooldownMs ?? 30_000 });
      keySets.set(tenantId, keys);
    }
    return keys;
  };
  const audiences = [options.clientId, ...(options.applicationIdUri ? [options.applicationIdUri] : [])];

  async function verify(token: string): Promise<JWTPayload> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw INVALID();
    }
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid : undefined;
    // Checked before any key fetch: a foreign tenant never makes us call out.
    if (!tenantId || !options.allowedTenantIds.includes(tenantId)) throw TENANT();
    try {
      const { payload } = await jwtVerify(token, keysOf(tenantId), {
        algorithms: ['RS256'],
        issuer: [`${host}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
        audience: audiences,
        clockTolerance: options.clockSkewSeconds,
        requiredClaims: ['exp', 'oid', 'tid'],
      });
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw EXPIRED();
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') throw AUDIENCE();
      throw INVALID();
    }
  }

  async function personFor(objectId: string): Promise<Person | undefined> {
    const [person] = await store.person.list({ entraObjectId: objectId });
    return person;
  }

  return {
    mode: 'entra',
    async authenticate(request) {
      const token = bearerToken(request);
      if (!token) throw MISSING();
      const claims = await verify(token);
      const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
      if (!scopes.includes(options.requiredScope)) throw SCOPE();
      const objectId = String(claims.oid);
      const person = await personFor(objectId);
      const role = roleFromAppRoles(claims.roles) ?? person?.role ?? 'reader';
      const identity: Identity = {
        personId: person?.id ?? `entra:${objectId}`,
        displayName: person?.displayName ?? (typeof claims.name === 'string' ? claims.name : objectId),
        role,
        serviceIds: person?.serviceIds ?? [],
      };
      return identity;
    },
  };
}
