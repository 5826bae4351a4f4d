import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { aadError, type AadError } from '../../graph-emulator/auth/aad-error.js';
import { instanceDiscovery, openIdConfiguration } from '../../graph-emulator/auth/authority-metadata.js';
import { stableGuid } from '../directory/factories.js';
import { newSigningKey, type SigningKey } from './signing-keys.js';

/** The audience of outgoing bot tokens (ToChannelFromBotOAuthScope). */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';
const TOKEN_LIFETIME_SECONDS = 3599;

export interface LoginAnswer {
  status: number;
  body: unknown;
}

/** The bot's app registration as the fake Entra tenant knows it. */
export interface LoginRegistration {
  tenantId: string;
  appId: string;
  password: string;
}

/**
 * A local Entra ID for the bot's outgoing calls: client-credentials tokens for `https://api.botframework.com`
 * (v1 app tokens, as Entra issues them for that resource), the metadata msal-node reads, and the check the
 * connector makes on the tokens it receives.
 */
export class LoginAuthority {
  private constructor(private readonly registration: LoginRegistration, private readonly key: SigningKey) {}

  static async create(registration: LoginRegistration): Promise<LoginAuthority> {
    return new LoginAuthority(registration, await newSigningKey());
  }

  private get issuer(): string {
    return `https://sts.windows.net/${this.registration.tenantId}/`;
  }

  /** Answers `/{tenant}/oauth2/v2.0/token`, `/{tenant}/v2.0/.well-known/openid-configuration`, keys and instance discovery. */
  async answer(method: string, path: string, contentType: string | undefined, rawBody: string, baseUrl: string): Promise<LoginAnswer | undefined> {
    const match = /^\/([^/]+)\/(oauth2\/v2\.0\/token|v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|discovery\/instance)$/.exec(path);
    if (!match) return undefined;
    const [, tenant = '', endpoint = ''] = match;
    const knownTenant = [this.registration.tenantId.toLowerCase(), 'botframework.com', 'common', 'organizations'].includes(tenant.toLowerCase());
    if (!knownTenant) return aadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
    if (method === 'POST' && endpoint === 'oauth2/v2.0/token') return this.token(tenant, contentType, rawBody);
    if (method !== 'GET') return aadError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
    if (endpoint === 'discovery/v2.0/keys') return { status: 200, body: { keys: [this.key.publicJwk] } };
    if (endpoint === 'discovery/instance') return { status: 200, body: instanceDiscovery(baseUrl, this.registration.tenantId) };
    return { status: 200, body: openIdConfiguration(baseUrl, tenant) };
  }

  private async token(tenant: string, contentType: string | undefined, rawBody: string): Promise<LoginAnswer | AadError> {
    if (!(contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
    }
    const form = new URLSearchParams(rawBody);
    const grantType = form.get('grant_type');
    if (grantType !== 'client_credentials') return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType ?? ''}'.`);
    const clientId = form.get('client_id');
    if (clientId !== this.registration.appId) {
      return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId ?? ''}' was not found in the directory '${tenant}'.`);
    }
    if (form.get('client_secret') !== this.registration.password) {
      return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided for app '${clientId}'.`);
    }
    const scope = form.get('scope') ?? '';
    if (scope.split(' ').filter(Boolean).join(' ') !== `${BOT_FRAMEWORK_SCOPE}/.default`) {
      return aadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
    }
    const now = Math.floor(Date.now() / 1000);
    const oid = stableGuid(`sp-${clientId}`);
    const accessToken = await new SignJWT({
      aud: BOT_FRAMEWORK_SCOPE, iss: this.issuer, iat: now, nbf: now - 300, exp: now + TOKEN_LIFETIME_SECONDS,
      appid: clientId, appidacr: '1', idp: this.issuer, idtyp: 'app', oid, sub: oid, tid: this.registration.tenantId,
      uti: randomBytes(16).toString('base64url'), ver: '1.0',
    }).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.key.kid, x5t: this.key.kid }).sign(this.key.privateKey);
    return { status: 200, body: { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, ext_expires_in: TOKEN_LIFETIME_SECONDS, access_token: accessToken } };
  }

  /** Whether `Authorization: Bearer …` holds a live token of this authority for the bot. */
  async accepts(authorization: string | undefined): Promise<boolean> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return false;
    try {
      const { payload } = await jwtVerify(match[1] as string, this.key.publicKey, { issuer: this.issuer, audience: BOT_FRAMEWORK_SCOPE, algorithms: ['RS256'] });
      return payload['appid'] === this.registration.appId;
    } catch {
      return false;
    }
  }
}
