import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import pino from 'pino';
import { loadBotConfig } from '../../src/config/bot.config.js';
import type { BotActor, BotApplication } from '../../src/ports/bot-application.port.js';
import { createBotAdapter } from '../../bot/transport/bot-adapter.js';
import { createBotRoute } from '../../bot/transport/bot.route.js';
import { CapMandatActivityHandler } from '../../bot/transport/cap-mandat-activity.handler.js';

// With an app id, every request must carry a Bot Framework channel token: issued by the channel's issuer, for our app
// id, signed by a key of the channel's OpenID metadata, and naming the activity's serviceUrl. A local identity
// provider stands in for login.botframework.com through the override settings.

const APP_ID = '6d1c9e2a-4b7f-4a3e-8c5d-2f0a1b3c4d5e';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const TENANT = '9b2f6a41-3c7d-4e8a-b5f1-0d2c4e6a8b10';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

let idp: Server;
let idpUrl: string;
let bot: Server;
let botUrl: string;
let key: KeyPair;
let otherKey: KeyPair;
const cardActions: BotActor[] = [];
const uninstalled: string[] = [];

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

function token(claims: Record<string, unknown> = {}, opts: { key?: KeyPair; kid?: string; issuer?: string; audience?: string; expiresAt?: number } = {}) {
  return new SignJWT({ serviceurl: SERVICE_URL, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? APP_ID)
    .setIssuedAt()
    .setExpirationTime(opts.expiresAt ?? '1h')
    .sign((opts.key ?? key).privateKey);
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsigned = (claims: Record<string, unknown>): string => `${b64({ alg: 'none', typ: 'JWT', kid: 'k1' })}.${b64({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 })}`;

// Activities whose answer needs no call to the Bot Connector (it would need the bot's own outgoing token).
const cardInvoke = {
  type: 'invoke',
  name: 'adaptiveCard/action',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  id: 'f:1',
  from: { id: '29:1camille', aadObjectId: '5f0e2b7c-8d41-4a6e-9c3b-7e1f2a4d6c80' },
  recipient: { id: `28:${APP_ID}` },
  conversation: { id: 'a:chat-camille', conversationType: 'personal', tenantId: TENANT },
  value: { action: { type: 'Action.Execute', verb: 'help', data: {} } },
};
const removal = { ...cardInvoke, type: 'installationUpdate', action: 'remove', name: undefined, value: undefined };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
async function post(activity: object, authorization?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  key = await generateKeyPair('RS256');
  otherKey = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(key.publicKey)), kid: 'k1', use: 'sig', endorsements: ['msteams'] };
  const metadata = express();
  metadata.get('/v1/.well-known/openidconfiguration', (_req, res) => {
    res.json({ issuer: ISSUER, jwks_uri: `${idpUrl}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
  });
  metadata.get('/v1/.well-known/keys', (_req, res) => {
    res.json({ keys: [jwk] });
  });
  ({ server: idp, url: idpUrl } = await listen(metadata));

  const settings = loadBotConfig({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-by-these-tests',
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: `${idpUrl}/v1/.well-known/openidconfiguration`,
    ToBotFromChannelTokenIssuer: ISSUER,
  });
  const app: BotApplication = {
    installed: () => Promise.resolve(undefined),
    uninstalled: (refId) => {
      uninstalled.push(refId);
      return Promise.resolve();
    },
    rosterRead: () => Promise.resolve(),
    message: () => Promise.resolve({ text: 'unused' }),
    cardAction: (actor) => {
      cardActions.push(actor);
      return Promise.resolve({ kind: 'message', text: 'Aide' });
    },
  };
  const logger = pino({ level: 'silent' });
  const web = express();
  web.use(createBotRoute(createBotAdapter(settings, { logger }), new CapMandatActivityHandler({ app, logger }), { logger }));
  ({ server: bot, url: botUrl } = await listen(web));
});

afterAll(async () => {
  await close(bot);
  await close(idp);
});

beforeEach(() => {
  cardActions.length = 0;
  uninstalled.length = 0;
  // botbuilder prints every refused request on the console.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

describe('bot endpoint with an app id: Bot Framework tokens', () => {
  it('a channel token for our app id and the activity’s service URL is accepted', async () => {
    const res = await post(cardInvoke, `Bearer ${await token()}`);
    expect(res).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Aide' } });
    expect(cardActions).toHaveLength(1);
  });

  it('an installation removal with a good token reaches the application', async () => {
    expect((await post(removal, `Bearer ${await token()}`)).status).toBe(200);
    expect(uninstalled).toEqual(['personal.5f0e2b7c-8d41-4a6e-9c3b-7e1f2a4d6c80']);
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', () => Promise.resolve(undefined)],
    ['a token signed by another key under the same key id', async () => `Bearer ${await token({}, { key: otherKey })}`],
    ['a token signed by a key the metadata does not list', async () => `Bearer ${await token({}, { kid: 'k-unknown' })}`],
    ['an expired token (beyond the 5 minutes of tolerance)', async () => `Bearer ${await token({}, { expiresAt: Math.floor(Date.now() / 1000) - 600 })}`],
    ['a token for another app', async () => `Bearer ${await token({}, { audience: '0a0b0c0d-1111-4222-8333-444455556666' })}`],
    ['a token from another issuer', async () => `Bearer ${await token({}, { issuer: 'https://sts.example.org/' })}`],
    ['a token for another service URL', async () => `Bearer ${await token({ serviceurl: 'https://attacker.example.org/' })}`],
    ['a token without a service URL', async () => `Bearer ${await token({ serviceurl: undefined })}`],
    ['an unsigned token (alg none)', () => Promise.resolve(`Bearer ${unsigned({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL })}.`)],
    // botbuilder would check these against Microsoft's Entra metadata, over the network: refused before that.
    ['an Emulator-style token', async () => `Bearer ${await token({ ver: '1.0', appid: APP_ID, tid: TENANT }, { issuer: `https://sts.windows.net/${TENANT}/` })}`],
    ['a skill token', async () => `Bearer ${await token({ ver: '2.0', azp: '0a0b0c0d-1111-4222-8333-444455556666' })}`],
    ['garbage', () => Promise.resolve('Bearer not.a.jwt')],
    ['another scheme', () => Promise.resolve(`Basic ${Buffer.from('bot:secret').toString('base64')}`)],
  ];

  it.each(refused)('%s: 401, the application is not called', async (_label, authorization) => {
    const res = await post(cardInvoke, await authorization());
    expect(res).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(cardActions).toEqual([]);
  });

  it('a token is checked before anything of the activity is acted on', async () => {
    expect((await post(removal)).status).toBe(401);
    expect(uninstalled).toEqual([]);
  });
});
