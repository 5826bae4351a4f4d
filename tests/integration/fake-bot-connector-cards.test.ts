import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { fakeUsers, startFakeBotConnector, type FakeBotConnector } from '../../tools/fake-bot-connector/index.js';
import { buildHelpCard } from '../../bot/cards/help.card.js';
import { loadBotConfig } from '../../src/config/bot.config.js';
import type { BotApplication, CardActionReply } from '../../src/ports/bot-application.port.js';
import { failureOf, personalRefOn } from '../support/bot-sender-helpers.js';
import { createBotAdapter } from '../../bot/transport/bot-adapter.js';
import { createBotRoute } from '../../bot/transport/bot.route.js';
import { CapMandatActivityHandler } from '../../bot/transport/cap-mandat-activity.handler.js';
import { TeamsMessageSender } from '../../bot/transport/teams-message.sender.js';

// Cap Mandat's own transport posting cards the fake must refuse as Teams does: an invalid Adaptive Card 1.5 in an
// activity answers 400 BadArgument and is recorded; one in an invoke response is recorded too.

const [camille, louis] = fakeUsers(2);
let fake: FakeBotConnector;
let bot: Server;
let botUrl: string;
let sender: TeamsMessageSender;
let invokeReply: CardActionReply = { kind: 'message', text: 'Enregistré' };

const valid = (): object => buildHelpCard('fr');
// A builder's card with one property the 1.5 schema does not know (British spelling): the parser drops it silently.
const misspelt = (): object => {
  const card = buildHelpCard('fr') as unknown as { body: Array<Record<string, unknown>> };
  card.body[0] = { ...card.body[0], colour: 'attention' };
  return card;
};
// An element of Adaptive Cards 1.6, which Teams does not render on every client.
const tooNew = (): object => ({ ...buildHelpCard('fr'), body: [{ type: 'Input.Rating', id: 'note', max: 5 }] });

const app: BotApplication = {
  installed: () => Promise.resolve(undefined),
  uninstalled: () => Promise.resolve(),
  rosterRead: () => Promise.resolve(),
  message: () => Promise.resolve({ text: 'ok' }),
  cardAction: () => Promise.resolve(invokeReply),
};

const personalRef = personalRefOn(() => fake);

beforeAll(async () => {
  fake = await startFakeBotConnector({ rateLimits: { enabled: false } });
  fake.addUsers([camille!, louis!]);
  const logger = pino({ level: 'silent' });
  const adapter = createBotAdapter(loadBotConfig({ MicrosoftAppId: '' }), { logger });
  sender = new TeamsMessageSender(adapter, loadBotConfig({ MicrosoftAppId: '' }));
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

beforeEach(() => fake.clearRecords());

describe('the fake Bot Connector validates every card the bot sends', () => {
  it('delivers a valid card and counts it as validated', async () => {
    await sender.send(personalRef(camille!, fake.personalConversationId(camille!.id)), { card: valid() });
    expect(fake.sentTo(camille!.id)).toHaveLength(1);
    expect(fake.cardsValidated()).toBe(1);
    expect(fake.cardRefusals()).toEqual([]);
  });

  it('refuses a card with a property the schema does not know: 400 BadArgument, recorded, nothing delivered', async () => {
    const failure = await failureOf(sender.send(personalRef(camille!, fake.personalConversationId(camille!.id)), { card: misspelt() }));
    expect(failure).toMatchObject({ kind: 'final', status: 400 });
    expect(fake.sentTo(camille!.id)).toEqual([]);
    const [call] = fake.requests();
    expect(call).toMatchObject({ operation: 'sendToConversation', status: 400 });
    expect(fake.cardRefusals()).toEqual([
      expect.objectContaining({
        source: 'sendToConversation',
        conversationId: fake.personalConversationId(camille!.id),
        problems: ['card.body[0].colour: unknown property or invalid value "attention"'],
      }),
    ]);
  });

  it('answers with Teams’ error envelope, the problems in the message', async () => {
    const conversationId = fake.personalConversationId(camille!.id);
    const response = await fetch(`${fake.serviceUrl}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: tooNew() }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BadArgument', message: expect.stringMatching(/^Invalid Adaptive Card: attachments\[0\]\.content: .*Unknown element type "Input\.Rating"/) },
    });
  });

  it('refuses an invalid card in the first message of a 1:1 it opens and in an update, and keeps the card as it was', async () => {
    const failure = await failureOf(sender.send(personalRef(louis!), { card: tooNew() }));
    expect(failure.status).toBe(400);
    expect(fake.sentTo(louis!.id)).toEqual([]);

    const sent = await sender.send(personalRef(louis!), { card: valid() });
    const update = await failureOf(sender.update(personalRef(louis!, sent.conversationId), sent.activityId, { card: misspelt() }));
    expect(update.status).toBe(400);
    expect(fake.updates(sent.activityId)).toEqual([]);
    expect(fake.cardRefusals().map((r) => r.source)).toEqual(['sendToConversation', 'updateActivity']);
    expect(fake.cardsValidated()).toBe(3);
  });

  it('refuses an invalid card sent with the create call of a conversation', async () => {
    const response = await fetch(`${fake.serviceUrl}v3/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        isGroup: false,
        bot: { id: fake.bot.id },
        members: [{ id: louis!.id }],
        tenantId: fake.tenantId,
        activity: { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { ...valid(), version: '1.6' } }] },
      }),
    });
    expect(response.status).toBe(400);
    expect(fake.cardRefusals()).toEqual([expect.objectContaining({ source: 'createConversation', problems: [expect.stringMatching(/^card\.version: 1\.6 is above 1\.5/)] })]);
    expect(fake.delivered()).toEqual([]);
  });
});

describe('the fake Bot Connector validates the cards the bot answers invokes with', () => {
  it('records an invalid replacement card, and passes a valid one', async () => {
    invokeReply = { kind: 'card', card: valid() };
    const fine = await fake.postToBot(botUrl, fake.incoming.cardAction(camille!.id, { verb: 'help' }));
    expect(fine).toMatchObject({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' } });
    expect(fine.cardProblems).toBeUndefined();

    invokeReply = { kind: 'card', card: misspelt() };
    const broken = await fake.postToBot(botUrl, fake.incoming.cardAction(camille!.id, { verb: 'help' }));
    expect(broken.cardProblems).toEqual(['card.body[0].colour: unknown property or invalid value "attention"']);
    expect(fake.cardRefusals()).toEqual([expect.objectContaining({ source: 'invokeResponse', conversationId: fake.personalConversationId(camille!.id) })]);
    expect(fake.cardsValidated()).toBe(2);
  });
});
