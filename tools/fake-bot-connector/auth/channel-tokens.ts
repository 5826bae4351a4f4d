import { SignJWT } from 'jose';
import { botFrameworkJwk, newSigningKey, type SigningKey } from './signing-keys.js';

/** The issuer of channel tokens (botbuilder's ToBotFromChannelTokenIssuer). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/** Channels Bot Framework keys endorse; botbuilder refuses a key that does not endorse the activity's channel. */
export const TEAMS_ENDORSEMENTS = ['msteams', 'webchat', 'directline', 'emulator'];

/**
 * Ways to make a channel token bad: signed by an unpublished key under a published `kid` (`wrong-key`) or its own
 * (`unknown-key`), by a published key that does not endorse `msteams`, for another app, from another issuer,
 * expired, not yet valid, for another service URL, or unsigned (`alg: none`).
 */
export type ChannelTokenForgery =
  | 'wrong-key'
  | 'unknown-key'
  | 'unendorsed-key'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'expired'
  | 'not-yet-valid'
  | 'other-service-url'
  | 'alg-none';

export interface ChannelTokenClaims {
  appId: string;
  serviceUrl: string;
}

const HOUR = 3600;
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs channel tokens as Bot Framework does for Teams and publishes the keys that check them. */
export class ChannelTokenIssuer {
  private constructor(
    private readonly endorsed: SigningKey,
    private readonly unendorsed: SigningKey,
    private readonly unpublished: SigningKey,
  ) {}

  static async create(): Promise<ChannelTokenIssuer> {
    const [endorsed, unendorsed, unpublished] = await Promise.all([newSigningKey(), newSigningKey(), newSigningKey()]);
    return new ChannelTokenIssuer(endorsed, unendorsed, unpublished);
  }

  /** GET /v1/.well-known/keys */
  jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: [botFrameworkJwk(this.endorsed, TEAMS_ENDORSEMENTS), botFrameworkJwk(this.unendorsed, ['webchat', 'directline'])] };
  }

  /** GET /v1/.well-known/openidconfiguration, shaped like login.botframework.com's. */
  openIdConfiguration(baseUrl: string): Record<string, unknown> {
    return {
      issuer: BOT_FRAMEWORK_ISSUER,
      authorization_endpoint: 'https://invalid.botframework.com',
      jwks_uri: `${baseUrl}/v1/.well-known/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    };
  }

  /** A channel token (`iss`, `aud` = app id, `serviceurl`, `nbf`, `exp`), or one forged the given way. */
  async sign(claims: ChannelTokenClaims, forge?: ChannelTokenForgery): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    // Beyond botbuilder's five-minute clock tolerance either way.
    const nbf = forge === 'not-yet-valid' ? now + HOUR : now - 300;
    const exp = forge === 'expired' ? now - HOUR : nbf + 2 * HOUR;
    const payload = {
      serviceurl: forge === 'other-service-url' ? 'https://smba.trafficmanager.net/emea/' : claims.serviceUrl,
      nbf,
      exp,
      iss: forge === 'wrong-issuer' ? 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/' : BOT_FRAMEWORK_ISSUER,
      aud: forge === 'wrong-audience' ? '00000000-1111-2222-3333-444444444444' : claims.appId,
    };
    if (forge === 'alg-none') return `${b64({ alg: 'none', typ: 'JWT', kid: this.endorsed.kid })}.${b64(payload)}.`;
    const key = forge === 'unendorsed-key' ? this.unendorsed : forge === 'wrong-key' || forge === 'unknown-key' ? this.unpublished : this.endorsed;
    const kid = forge === 'wrong-key' ? this.endorsed.kid : key.kid;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, x5t: kid }).sign(key.privateKey);
  }
}
