import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import type { Authenticator } from '../../src/server/auth/authenticator.js';
import { entraAuthenticator } from '../../src/server/auth/entra-authenticator.js';
import { HttpError } from '../../src/server/http/http-error.js';
import { createServices } from '../../src/app/services.js';
import { createHttpApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { fixedClock, sequentialIds } from '../support/fixed-clock.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT_ID = '33333333-3333-4333-8333-333333333333';
const APP_ID_URI = `api://capmandat.example.fr/${CLIENT_ID}`;
const OID = '44444444-4444-4444-8444-444444444444';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** A local stand-in for Entra's JWKS endpoint: serves the keys it is given and counts fetches. */
async function startJwks(): Promise<{ host: string; setKeys(keys: JWK[]): void; fetches(): number; close(): Promise<void> }> {
  let keys: JWK[] = [];
  let fetches = 0;
  const server = http.createServer((req, res) => {
    if (req.url === `/${TENANT}/discovery/v2.0/keys`) {
      fetches += 1;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setKeys: (k) => (keys = k),
    fetches: () => fetches,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function publicJwk(pair: KeyPair, kid: string): Promise<JWK> {
  return { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
}

describe('Entra ID token validation', () => {
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let store: RoadmapStore;
  let auth: Authenticator;
  let key: KeyPair;
  let otherKey: KeyPair;

  const sign = (claims: Record<string, unknown>, opts: { key?: KeyPair; kid?: string; issuer?: string; expiresIn?: string | number } = {}) =>
    new SignJWT({ tid: TENANT, oid: OID, scp: 'access_as_user', name: 'Camille Martin', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
      .setIssuer(opts.issuer ?? `${jwks.host}/${TENANT}/v2.0`)
      .setAudience((claims.aud as string | undefined) ?? CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime(opts.expiresIn ?? '1h')
      .sign((opts.key ?? key).privateKey);

  const authWith = (token?: string) => auth.authenticate({ headers: token ? { authorization: `Bearer ${token}` } : {}, query: {} });
  const codeOf = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(401);
    return (error as HttpError).code;
  };

  beforeAll(async () => {
    jwks = await startJwks();
    key = await generateKeyPair('RS256');
    otherKey = await generateKeyPair('RS256');
    jwks.setKeys([await publicJwk(key, 'k1')]);
    store = openSqliteStore(':memory:');
    await store.person.create(
      { id: 'pers-camille', entraObjectId: OID, displayName: 'Camille Martin', role: 'service_head', serviceIds: ['svc-a'] },
      { actor: { id: 't', name: 't' }, source: 'api', at: '2026-11-27T00:00:00.000Z' },
    );
    auth = entraAuthenticator(store, {
      allowedTenantIds: [TENANT],
      clientId: CLIENT_ID,
      applicationIdUri: APP_ID_URI,
      authorityHost: jwks.host,
      requiredScope: 'access_as_user',
      clockSkewSeconds: 120,
      jwksCooldownMs: 0,
    });
  });
  afterAll(async () => {
    await jwks.close();
    await store.close();
  });

  it('accepts a valid v2 token and maps the object id to the person and their role', async () => {
    expect(await authWith(await sign({}))).toEqual({ personId: 'pers-camille', displayName: 'Camille Martin', role: 'service_head', serviceIds: ['svc-a'] });
  });

  it('accepts a v1 issuer and the Application ID URI as audience', async () => {
    const token = await sign({ aud: APP_ID_URI }, { issuer: `https://sts.windows.net/${TENANT}/` });
    expect((await authWith(token))?.personId).toBe('pers-camille');
  });

  it('takes the role from Entra app roles when the token carries them', async () => {
    const identity = await authWith(await sign({ roles: ['CapMandat.Reader', 'CapMandat.Pilotage'] }));
    expect(identity?.role).toBe('pilotage');
  });

  it('lets an unknown colleague of the tenant read, as a reader', async () => {
    const identity = await authWith(await sign({ oid: '55555555-5555-4555-8555-555555555555', name: 'Agent Inconnu' }));
    expect(identity).toMatchObject({ personId: 'entra:55555555-5555-4555-8555-555555555555', role: 'reader', displayName: 'Agent Inconnu' });
  });

  it('refuses a missing token', async () => {
    expect(await codeOf(authWith())).toBe('token_missing');
  });

  it('refuses an expired token, beyond the clock skew', async () => {
    expect(await codeOf(authWith(await sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 600 })))).toBe('token_expired');
  });

  it('tolerates a token expired within the clock skew', async () => {
    expect((await authWith(await sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 30 })))?.personId).toBe('pers-camille');
  });

  it('refuses a token signed by another key under a known key id', async () => {
    expect(await codeOf(authWith(await sign({}, { key: otherKey })))).toBe('token_invalid');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = (await sign({})).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(await codeOf(authWith(`${header}.${payload}.`))).toBe('token_invalid');
  });

  it('refuses garbage', async () => {
    expect(await codeOf(authWith('not-a-jwt'))).toBe('token_invalid');
  });

  it('refuses a token for another audience', async () => {
    expect(await codeOf(authWith(await sign({ aud: 'api://someone-else' })))).toBe('token_wrong_audience');
  });

  it('refuses a token from a tenant that is not allowed, without fetching its keys', async () => {
    const before = jwks.fetches();
    expect(await codeOf(authWith(await sign({ tid: OTHER_TENANT })))).toBe('token_wrong_tenant');
    expect(jwks.fetches()).toBe(before);
  });

  it('refuses a token without the access_as_user scope', async () => {
    expect(await codeOf(authWith(await sign({ scp: 'User.Read' })))).toBe('token_missing_scope');
  });

  it('refetches the keys when Entra rotates them (unknown key id), and only then', async () => {
    await authWith(await sign({}));
    const before = jwks.fetches();
    await authWith(await sign({}));
    expect(jwks.fetches()).toBe(before);
    const rotated = await generateKeyPair('RS256');
    jwks.setKeys([await publicJwk(key, 'k1'), await publicJwk(rotated, 'k2')]);
    expect(await authWith(await sign({}, { key: rotated, kid: 'k2' }))).toMatchObject({ personId: 'pers-camille' });
    expect(jwks.fetches()).toBe(before + 1);
  });

  it('attributes API requests to the person behind the token, over HTTP', async () => {
    const app = createHttpApp({
      services: createServices(store, fixedClock(), sequentialIds(), { pdf: new ChromiumPdfRenderer() }),
      store,
      authenticator: auth,
      logger: createLogger('silent'),
      bodyLimitBytes: 65_536,
      version: 'test',
    });
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
      const me = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${await sign({})}` } });
      expect(await me.json()).toMatchObject({ personId: 'pers-camille', role: 'service_head', authMode: 'entra' });
      const forged = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${await sign({}, { key: otherKey })}`, 'X-Dev-User': 'pers-camille' } });
      expect(forged.status).toBe(401);
      expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('token_invalid');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a token whose key id Entra does not publish', async () => {
    expect(await codeOf(authWith(await sign({}, { key: otherKey, kid: 'k-unknown' })))).toBe('token_invalid');
  });
});
