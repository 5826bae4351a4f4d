import https from 'node:https';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { msalAuthorityOptions, startGraphEmulator } from '../../tools/graph-emulator/index.js';
import { fetchToken, graphClient, msalClient, startTestEmulator, type TestEmulator } from '../support/graph-emulator-client.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const tokenRequest = (form: Record<string, string>, tenant = t.emulator.tenantId): Promise<Response> =>
  fetch(`${t.emulator.url}/${tenant}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });

const goodForm = (): Record<string, string> => ({
  client_id: t.emulator.clientId,
  client_secret: t.emulator.clientSecret,
  scope: 'https://graph.microsoft.com/.default',
  grant_type: 'client_credentials',
});

describe('Graph auth', () => {
  it('answers 401 InvalidAuthenticationToken in Graph error JSON without a token', async () => {
    const response = await t.call('GET', t.sitePath(), { token: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('InvalidAuthenticationToken');
    expect(response.body.error.message).toBe('Access token is empty.');
    expect(response.body.error.innerError['request-id']).toEqual(expect.any(String));
    expect(response.body.error.innerError.date).toEqual(expect.any(String));
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a forged token', async () => {
    const [header, payload] = t.token.split('.');
    const response = await t.call('GET', t.sitePath(), { token: `${header}.${payload}.forged` });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('issues a client-credentials token in the OAuth shape and counts it', async () => {
    const before = t.emulator.stats().tokensIssued;
    const response = await tokenRequest(goodForm());
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(body).toEqual({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
    expect(t.emulator.stats().tokensIssued).toBe(before + 1);
  });

  it.each([
    ['a wrong secret', { client_secret: 'nope' }, 401, 'invalid_client', 7000215],
    ['an unknown client', { client_id: '00000000-0000-0000-0000-000000000001' }, 400, 'unauthorized_client', 700016],
    ['a delegated scope', { scope: 'Sites.Read.All' }, 400, 'invalid_scope', 1002012],
    ['another grant', { grant_type: 'password' }, 400, 'unsupported_grant_type', 70003],
  ])('answers AAD errors for %s', async (_label, override, status, error, aadsts) => {
    const response = await tokenRequest({ ...goodForm(), ...override });
    const body = (await response.json()) as { error: string; error_description: string; error_codes: number[] };
    expect(response.status).toBe(status);
    expect(body.error).toBe(error);
    expect(body.error_codes).toEqual([aadsts]);
    expect(body.error_description).toMatch(new RegExp(`^AADSTS${aadsts}: `));
  });

  it('answers 400 for an unknown tenant', async () => {
    const response = await tokenRequest(goodForm(), 'other-tenant');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_codes: number[] }).error_codes).toEqual([90002]);
  });

  it('works with the real msal-node ConfidentialClientApplication and inline authority metadata', async () => {
    const before = t.emulator.stats().requests;
    const result = await msalClient(t.emulator).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(result?.tokenType).toBe('Bearer');
    // Only the token request itself: no discovery round trip.
    expect(t.emulator.stats().requests).toBe(before + 1);
    const site = await t.call('GET', t.sitePath(), { token: result?.accessToken });
    expect(site.status).toBe(200);
  });

  it('also serves OpenID metadata for msal-node configured with knownAuthorities only', async () => {
    const { clientId, clientSecret, authority, knownAuthorities } = msalAuthorityOptions(t.emulator);
    const msal = new ConfidentialClientApplication({ auth: { clientId, clientSecret, authority, knownAuthorities } });
    const result = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
    expect(t.emulator.stats().byEndpoint['GET /{tenant}/v2.0/.well-known/openid-configuration']?.requests).toBeGreaterThanOrEqual(1);
  });

  it('rejects a wrong secret through msal-node with invalid_client', async () => {
    const msal = new ConfidentialClientApplication({ auth: { ...msalAuthorityOptions(t.emulator), clientSecret: 'wrong' } });
    await expect(msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).rejects.toMatchObject({ errorCode: 'invalid_client' });
  });

  it('accepts a client assertion whose iss and sub are the client id', async () => {
    const claims = { iss: t.emulator.clientId, sub: t.emulator.clientId, aud: `${t.emulator.url}/${t.emulator.tenantId}/oauth2/v2.0/token`, exp: Math.floor(Date.now() / 1000) + 600 };
    const assertion = ['{"alg":"RS256","typ":"JWT"}', JSON.stringify(claims), 'sig'].map((part) => Buffer.from(part).toString('base64url')).join('.');
    const form = { client_id: t.emulator.clientId, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion };
    expect((await tokenRequest(form)).status).toBe(200);
  });

  it('lets the real Graph client reach the site by hostname and path through msal-node', async () => {
    const site = await graphClient(t.emulator).api('/sites/contoso.sharepoint.com:/sites/capmandat').get();
    expect(site).toMatchObject({ id: t.emulator.siteId, webUrl: t.emulator.siteUrl, displayName: 'capmandat' });
    expect(t.emulator.stats().byEndpoint['GET /sites/{hostname}:/{path}']?.requests).toBeGreaterThanOrEqual(1);
  });

  it('is trusted by the https module too', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      https.get(`${t.emulator.url}/_emulator/stats`, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
    });
    expect(status).toBe(200);
  });

  it('does not trust an emulator whose certificate was never passed to trustCertificate', async () => {
    const stranger = await startGraphEmulator();
    try {
      await expect(fetch(`${stranger.url}/_emulator/stats`)).rejects.toThrow(/fetch failed/);
    } finally {
      await stranger.close();
    }
  });

  it('issues tokens that keep working for every request', async () => {
    const token = await fetchToken(t.emulator);
    expect((await t.call('GET', t.sitePath('/lists'), { token })).status).toBe(200);
  });
});
