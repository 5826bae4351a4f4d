import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import {
  fakeTeam,
  fakeUser,
  fakeUsers,
  postActivity,
  startFakeBotConnector,
  type ChannelTokenForgery,
  type FakeBotConnector,
} from '../../tools/fake-bot-connector/index.js';
import { loadBotConfig } from '../../src/config/bot.config.js';
import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import type { BotApplication, RosterMember } from '../../src/ports/bot-application.port.js';
import { failureOf, personalRefOn } from '../support/bot-sender-helpers.js';
import { createBotAdapter } from '../../bot/transport/bot-adapter.js';
import { createBotRoute } from '../../bot/transport/bot.route.js';
import { CapMandatActivityHandler } from '../../bot/transport/cap-mandat-activity.handler.js';
import { TeamsMessageSender } from '../../bot/transport/teams-message.sender.js';
import { trustCertificate } from '../support/tls-trust.js';

// The transport with an app id against the shared fake Bot Connector (tools/fake-bot-connector): channel tokens on
// the way in, the bot's own tokens (from the fake's login endpoint) on the way out, Teams' error bodies and paging.

const [camille, louis, lea, blocked, gone] = fakeUsers(5);
const stranger = fakeUser(99);
let fake: FakeBotConnector;
let bot: Server;
let botUrl: string;
let sender: TeamsMessageSender;
const installed: ConversationRef[] = [];
const rosters: RosterMember[][] = [];
const teamOfThree = () => fakeTeam('Conseil municipal', [camille!.id, louis!.id, lea!.id]);

const app: BotApplication = {
  installed: (ref) => {
    installed.push(ref);
    return Promise.resolve({ text: 'Bienvenue' });
  },
  uninstalled: () => Promise.resolve(),
  rosterRead: (_ref, members) => {
    rosters.push([...members]);
    return Promise.resolve();
  },
  message: (_actor, text) => Promise.resolve({ text: `Vous avez dit : ${text}` }),
  cardAction: () => Promise.resolve({ kind: 'message', text: 'Enregistré' }),
};

const personalRef = personalRefOn(() => fake);

beforeAll(async () => {
  fake = await startFakeBotConnector({ login: true, bot: { requireToken: true }, pagedMembers: { maxPageSize: 2 }, rateLimits: { enabled: false } });
  trustCertificate(fake.login!.caCertPem);
  fake.addUsers([camille!, louis!, lea!, { ...blocked!, state: 'blocked', blockedAnswer: 'MessageWritesBlocked' }, { ...gone!, state: 'unknown' }]);
  fake.addTeam(teamOfThree());

  const settings = loadBotConfig({ ...fake.botFrameworkSettings(), NODE_ENV: 'production' });
  const logger = pino({ level: 'silent' });
  // msal-node will not take a loopback authority from botbuilder's own credentials: the fake's stand in for them.
  const adapter = createBotAdapter(settings, { logger, credentialsFactory: fake.loopbackCredentials() });
  sender = new TeamsMessageSender(adapter, settings);
  const web = express();
  web.use(createBotRoute(adapter, new CapMandatActivityHandler({ app, logger }), { logger }));
  bot = await new Promise((resolve) => {
    const s = web.listen(0, '127.0.0.1', () => resolve(s));
  });
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => bot.close(() => resolve()));
  await fake.stop();
});

beforeEach(() => {
  fake.clearRecords();
  installed.length = 0;
  rosters.length = 0;
});

describe('bot transport against the fake Bot Connector, with an app id', () => {
  it('answers a message from Teams with the bot’s own token', async () => {
    const res = await postActivity(botUrl, fake.incoming.message(camille!.id, 'aide'), { token: await fake.channelToken() });
    expect(res.status).toBe(200);
    const conversation = fake.personalConversationId(camille!.id);
    expect(fake.activities(conversation).map((a) => a.current.text)).toEqual(['Vous avez dit : aide']);
    expect(fake.requests().every((call) => call.outcome === 'processed')).toBe(true);
  });

  it.each<ChannelTokenForgery>(['wrong-key', 'unknown-key', 'unendorsed-key', 'wrong-audience', 'wrong-issuer', 'expired', 'not-yet-valid', 'other-service-url', 'alg-none'])(
    'refuses a %s channel token with 401 and does nothing',
    async (forge) => {
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const res = await postActivity(botUrl, fake.incoming.message(camille!.id, 'aide'), { token: await fake.channelToken({ forge }) });
      expect(res.status).toBe(401);
      expect(fake.requests()).toEqual([]);
      jest.restoreAllMocks();
    },
  );

  it('installs a team it is added to and reads its roster across pages', async () => {
    const team = teamOfThree();
    const res = await postActivity(botUrl, fake.incoming.botAddedToTeam(team.id, camille!.id), { token: await fake.channelToken() });
    expect(res.status).toBe(200);
    expect(installed).toEqual([expect.objectContaining({ scope: 'team', teamId: team.id, digestChannelId: team.id, tenantId: fake.tenantId })]);
    expect(fake.requests().filter((c) => c.operation === 'getConversationPagedMembers')).toHaveLength(2);
    expect(rosters).toEqual([[camille, louis, lea].map((u) => expect.objectContaining({ userId: u!.id, aadObjectId: u!.aadObjectId, name: u!.name }))]);
    // The welcome opens a new thread in the General channel.
    expect(fake.activities(team.id).map((a) => a.current.text)).toEqual(['Bienvenue']);
  });

  it('sends proactively to a known chat and opens the chat of a person known from the roster', async () => {
    const known = await sender.send(personalRef(camille!, fake.personalConversationId(camille!.id)), { text: 'Rappel' });
    const opened = await sender.send(personalRef(louis!), { text: 'Premier message' });
    expect(opened.conversationId).toBe(fake.personalConversationId(louis!.id));
    expect(fake.sentTo(camille!.id).map((a) => [a.id, a.current.text])).toEqual([[known.activityId, 'Rappel']]);
    expect(fake.sentTo(louis!.id).map((a) => [a.id, a.current.text])).toEqual([[opened.activityId, 'Premier message']]);
  });

  it('updates a card it sent', async () => {
    const ref = personalRef(camille!, fake.personalConversationId(camille!.id));
    const sent = await sender.send(ref, { text: 'Question 1' });
    await sender.update(ref, sent.activityId, { text: 'Question 1 — répondu' });
    expect(fake.updates(sent.activityId)).toHaveLength(1);
    expect(fake.sentTo(camille!.id)[0]?.current.text).toBe('Question 1 — répondu');
  });

  it('classifies Teams’ refusals: blocked, unknown user, throttled with Retry-After', async () => {
    expect(await failureOf(sender.send(personalRef(blocked!), { text: 'x' }))).toMatchObject({ kind: 'final', status: 403, reason: 'blocked' });
    expect(await failureOf(sender.send(personalRef(gone!), { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'recipient_not_found' });
    const conversation = fake.personalConversationId(camille!.id);
    fake.failNext(camille!.id, 429, 1, { retryAfterSeconds: 4 });
    expect(await failureOf(sender.send(personalRef(camille!, conversation), { text: 'x' }))).toMatchObject({ kind: 'throttled', retryAfterMs: 4000 });
    expect(fake.requests().filter((c) => c.outcome === 'injected-fault')).toHaveLength(1);
  });

  it('a user unknown to the tenant cannot be reached', async () => {
    expect(await failureOf(sender.send(personalRef({ id: stranger.id, aadObjectId: stranger.aadObjectId }), { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'recipient_not_found' });
  });
});
