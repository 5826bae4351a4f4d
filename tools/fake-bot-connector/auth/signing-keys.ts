import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';

/** An RS256 key pair and the public half as a JWK (with its `kid`). */
export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
  publicJwk: JWK;
}

/** A fresh 2048-bit RSA key (jsonwebtoken 9, used by botbuilder, refuses smaller ones). */
export async function newSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const kid = randomBytes(20).toString('base64url');
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
}

/** A key as Bot Framework publishes it: the JWK, `x5t` and the channels it endorses (botbuilder checks the channel id). */
export function botFrameworkJwk(key: SigningKey, endorsements: readonly string[]): Record<string, unknown> {
  return { kty: key.publicJwk.kty, use: 'sig', kid: key.kid, x5t: key.kid, n: key.publicJwk.n, e: key.publicJwk.e, endorsements: [...endorsements] };
}
