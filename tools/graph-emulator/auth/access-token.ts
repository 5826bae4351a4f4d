import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const TOKEN_LIFETIME_SECONDS = 3599;

export type TokenCheck = { ok: true } | { ok: false; reason: 'malformed' | 'expired' | 'signature' };

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Issues and checks the emulator's app-only access tokens: JWT-shaped, HMAC-signed with a per-run secret. */
export class AccessTokens {
  private readonly secret = randomBytes(32);

  constructor(private readonly tenantId: string, private readonly clock: () => Date = () => new Date()) {}

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }

  issue(clientId: string): string {
    const now = Math.floor(this.clock().getTime() / 1000);
    const header = encode({ typ: 'JWT', alg: 'HS256', kid: 'graph-emulator' });
    const payload = encode({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${this.tenantId}/`,
      iat: now,
      nbf: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      appid: clientId,
      appidacr: '1',
      idtyp: 'app',
      oid: randomUUID(),
      roles: ['Sites.Selected'],
      tid: this.tenantId,
      uti: randomBytes(8).toString('base64url'),
      ver: '1.0',
    });
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  check(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [header = '', payload = '', signature = ''] = parts;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' };
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
      if (typeof claims.exp !== 'number') return { ok: false, reason: 'malformed' };
      return claims.exp * 1000 > this.clock().getTime() ? { ok: true } : { ok: false, reason: 'expired' };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }
}
