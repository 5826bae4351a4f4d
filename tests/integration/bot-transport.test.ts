import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { CloudAdapter } from 'botbuilder';
import pino from 'pino';
import { loadBotConfig } from '../../src/config/bot.config.js';
import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import type { BotActor, BotApplication, CardActionReply, RosterMember } from '../../src/ports/bot-application.port.js';
import { SendFailure, type OutgoingMessage } from '../../src/ports/messaging.port.js';
import { createBotAdapter } from '../../bot/transport/bot-adapter.js';
import { createBotRoute } from '../../bot/transport/bot.route.js';
import { CapMandatActivityHandler } from '../../bot/transport/cap-mandat-activity.handler.js';
import { TeamsMessageSender } from '../../bot/transport/teams-message.sender.js';

// ---------------------------------------------------------------------------------------------------------------
// A minimal Bot Connector on loopback: the calls the transport makes, recorded, with injectable failures.

interface ConnectorCall {
  method: string;
  path: string;
  query: Record<string, string>;
  // Tests read arbitrary JSON.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
interface Fault {
  method: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}
interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** The next request of that method answers this instead. */
  failNext(fault: Fault): void;
  /** The team roster served by pagedmembers, in pages. */
  setRosterPages(pages: object[][]): void;
  close(): Promise<void>;
}

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const faults: Fault[] = [];
  let rosterPages: object[][] = [[]];
  const timers = new Set<NodeJS.Timeout>();
  let ids = 0;
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.use((req, res, next) => {
    calls.push({ method: req.method, path: decodeURIComponent(req.path), query: req.query as Record<string, string>, body: req.body });
    const index = faults.findIndex((f) => f.method === req.method);
    if (index < 0) return next();
    const [fault] = faults.splice(index, 1);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) res.status(fault!.status).set(fault!.headers ?? {}).json(fault!.body ?? {});
    }, fault!.delayMs ?? 0);
    timers.add(timer);
  });
  app.post('/v3/conversations', (_req, res) => {
    res.status(201).json({ id: `a:opened-${++ids}` });
  });
  app.post(['/v3/conversations/:cid/activities', '/v3/conversations/:cid/activities/:aid'], (_req, res) => {
    res.status(201).json({ id: `sent-${++ids}` });
  });
  app.put('/v3/conversations/:cid/activities/:aid', (req, res) => {
    res.status(200).json({ id: req.params.aid });
  });
  app.get('/v3/conversations/:cid/pagedmembers', (req, res) => {
    const page = Number(req.query.continuationToken ?? 0);
    const next = page + 1 < rosterPages.length ? String(page + 1) : undefined;
    res.json({ members: rosterPages[page] ?? [], ...(next ? { continuationToken: next } : {}) });
  });
  const { url, server } = await listen(app);
  return {
    url,
    calls,
    failNext: (fault) => faults.push(fault),
    setRosterPages: (pages) => (rosterPages = pages),
    close: () => {
      timers.forEach(clearTimeout);
      return closeServer(server);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The application side, as the transport sees it: records the calls, answers what the test says.

interface Recorded {
  installed: ConversationRef[];
  uninstalled: { refId: string; at: string }[];
  rosters: { teamRef: ConversationRef; members: readonly RosterMember[] }[];
  messages: { actor: BotActor; text: string }[];
  cardActions: { actor: BotActor; value: unknown }[];
}

function recordingApp(): BotApplication & { recorded: Recorded; welcome?: OutgoingMessage; reply: OutgoingMessage; cardReply: CardActionReply | Error } {
  const recorded: Recorded = { installed: [], uninstalled: [], rosters: [], messages: [], cardActions: [] };
  const app = {
    recorded,
    welcome: { text: 'Bienvenue dans Cap Mandat' } as OutgoingMessage | undefined,
    reply: { text: 'Voici l’aide' } as OutgoingMessage,
    cardReply: { kind: 'message', text: 'Réponse enregistrée' } as CardActionReply | Error,
    installed: (ref: ConversationRef) => {
      recorded.installed.push(ref);
      return Promise.resolve(app.welcome);
    },
    uninstalled: (refId: string, at: string) => {
      recorded.uninstalled.push({ refId, at });
      return Promise.resolve();
    },
    rosterRead: (teamRef: ConversationRef, members: readonly RosterMember[]) => {
      recorded.rosters.push({ teamRef, members });
      return Promise.resolve();
    },
    message: (actor: BotActor, text: string) => {
      recorded.messages.push({ actor, text });
      return Promise.resolve(app.reply);
    },
    cardAction: (actor: BotActor, value: unknown) => {
      recorded.cardActions.push({ actor, value });
      return app.cardReply instanceof Error ? Promise.reject(app.cardReply) : Promise.resolve(app.cardReply);
    },
  };
  return app;
}

// ---------------------------------------------------------------------------------------------------------------
// Teams-shaped activities.

const TENANT = '9b2f6a41-3c7d-4e8a-b5f1-0d2c4e6a8b10';
const NOW = '2026-03-02T08:00:00.000Z';
const BOT = { id: '28:cap-mandat-bot', name: 'Cap Mandat' };
const CAMILLE = { id: '29:1camille', name: 'Camille Martin', aadObjectId: '5f0e2b7c-8d41-4a6e-9c3b-7e1f2a4d6c80' };
const TEAM = { id: '19:conseil@thread.tacv2', name: 'Conseil municipal', aadGroupId: 'c3a1e5b7-2d4f-4a6c-8e0b-1f3d5a7c9e20' };
const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Questionnaire' }] };

let connector: FakeConnector;
let botUrl: string;
let botServer: Server;
let app: ReturnType<typeof recordingApp>;
let adapter: CloudAdapter;

function personal(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl: `${connector.url}/`,
    id: 'f:incoming-1',
    timestamp: NOW,
    locale: 'fr-FR',
    from: CAMILLE,
    recipient: BOT,
    conversation: { id: 'a:chat-camille', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

function inTeam(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...personal(),
    conversation: { id: TEAM.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel: { id: TEAM.id } },
    ...extra,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
async function post(activity: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const sentTo = (conversationId: string) => connector.calls.filter((c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${conversationId}/activities`));

beforeAll(async () => {
  connector = await startFakeConnector();
  const logger = pino({ level: 'silent' });
  // The anonymous local mode (Agents Playground): an empty app id.
  adapter = createBotAdapter(loadBotConfig({ MicrosoftAppId: '' }), { logger, requestTimeoutMs: 500 });
  app = recordingApp();
  const web = express();
  web.use(createBotRoute(adapter, new CapMandatActivityHandler({ app, logger, now: () => NOW }), { logger }));
  ({ url: botUrl, server: botServer } = await listen(web));
});

afterAll(async () => {
  await closeServer(botServer);
  await connector.close();
});

beforeEach(() => {
  connector.calls.length = 0;
  Object.assign(app.recorded, { installed: [], uninstalled: [], rosters: [], messages: [], cardActions: [] });
  app.welcome = { text: 'Bienvenue dans Cap Mandat' };
  app.reply = { text: 'Voici l’aide' };
  app.cardReply = { kind: 'message', text: 'Réponse enregistrée' };
});

describe('bot transport: installation', () => {
  it('a personal installation gives the application a personal reference and sends its welcome in the chat', async () => {
    app.welcome = { card: CARD };
    const res = await post(personal({ type: 'installationUpdate', action: 'add' }));

    expect(res.status).toBe(200);
    expect(app.recorded.installed).toEqual([
      {
        id: `personal.${CAMILLE.aadObjectId}`,
        scope: 'personal',
        tenantId: TENANT,
        serviceUrl: `${connector.url}/`,
        conversationId: 'a:chat-camille',
        botId: BOT.id,
        userId: CAMILLE.id,
        aadObjectId: CAMILLE.aadObjectId,
        userName: CAMILLE.name,
        locale: 'fr-FR',
        installedAt: NOW,
      },
    ]);
    const [welcome] = sentTo('a:chat-camille');
    // A new message in the chat, not a reply to the installation event.
    expect(welcome?.path).toBe('/v3/conversations/a:chat-camille/activities');
    expect(welcome?.body).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }] });
  });

  it('an upgrade installs again; no welcome is sent when the application has none', async () => {
    app.welcome = undefined;
    await post(personal({ type: 'installationUpdate', action: 'add-upgrade' }));
    expect(app.recorded.installed).toHaveLength(1);
    expect(connector.calls).toEqual([]);
  });

  it('takes the tenant from channelData when the conversation does not carry it', async () => {
    await post(personal({ type: 'installationUpdate', action: 'add', conversation: { id: 'a:chat-camille', conversationType: 'personal' } }));
    expect(app.recorded.installed[0]?.tenantId).toBe(TENANT);
  });

  it('a team installation gives a team reference whose digest goes to the General channel', async () => {
    await post(inTeam({ type: 'installationUpdate', action: 'add' }));
    expect(app.recorded.installed).toEqual([
      expect.objectContaining({ id: `team.${TEAM.id.replace('@', '_')}`, scope: 'team', teamId: TEAM.id, teamName: TEAM.name, digestChannelId: TEAM.id, botId: BOT.id }),
    ]);
    expect(app.recorded.installed[0]).not.toHaveProperty('userId');
    expect(sentTo(TEAM.id).map((c) => c.path)).toEqual([`/v3/conversations/${TEAM.id}/activities`]);
  });

  it('removal and removal on upgrade tell the application which reference is gone', async () => {
    await post(personal({ type: 'installationUpdate', action: 'remove' }));
    await post(inTeam({ type: 'installationUpdate', action: 'remove-upgrade' }));
    expect(app.recorded.uninstalled).toEqual([
      { refId: `personal.${CAMILLE.aadObjectId}`, at: NOW },
      { refId: `team.${TEAM.id.replace('@', '_')}`, at: NOW },
    ]);
  });

  it('the bot added to a team installs it and reads the whole roster, page after page', async () => {
    const member = (n: number) => ({ id: `29:member-${n}`, name: `Agent ${n}`, aadObjectId: `aad-${n}`, email: `agent${n}@mairie.fr`, userPrincipalName: `agent${n}@mairie.fr` });
    connector.setRosterPages([[member(1), member(2)], [member(3)]]);

    const res = await post(inTeam({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }], channelData: { tenant: { id: TENANT }, team: TEAM, eventType: 'teamMemberAdded' } }));

    expect(res.status).toBe(200);
    expect(app.recorded.installed).toHaveLength(1);
    const pages = connector.calls.filter((c) => c.path.endsWith('/pagedmembers'));
    expect(pages.map((c) => [c.path, c.query.continuationToken])).toEqual([
      [`/v3/conversations/${TEAM.id}/pagedmembers`, undefined],
      [`/v3/conversations/${TEAM.id}/pagedmembers`, '1'],
    ]);
    expect(app.recorded.rosters).toEqual([
      {
        teamRef: app.recorded.installed[0],
        members: [1, 2, 3].map((n) => ({ userId: `29:member-${n}`, aadObjectId: `aad-${n}`, name: `Agent ${n}`, email: `agent${n}@mairie.fr` })),
      },
    ]);
  });

  it('a person joining a team is not an installation', async () => {
    await post(inTeam({ type: 'conversationUpdate', membersAdded: [{ id: '29:newcomer' }], channelData: { tenant: { id: TENANT }, team: TEAM } }));
    expect(app.recorded.installed).toEqual([]);
    expect(connector.calls).toEqual([]);
  });

  it('a roster that cannot be read leaves the team installed', async () => {
    connector.failNext({ method: 'GET', status: 503 });
    const res = await post(inTeam({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }));
    expect(res.status).toBe(200);
    expect(app.recorded.installed).toHaveLength(1);
    expect(app.recorded.rosters).toEqual([]);
  });
});

describe('bot transport: messages', () => {
  it('a chat command reaches the application with its sender, and the answer is sent back', async () => {
    app.reply = { card: CARD };
    const res = await post(personal({ type: 'message', text: 'aide' }));

    expect(res.status).toBe(200);
    expect(app.recorded.messages).toEqual([
      {
        text: 'aide',
        actor: {
          userId: CAMILLE.id,
          aadObjectId: CAMILLE.aadObjectId,
          tenantId: TENANT,
          name: CAMILLE.name,
          locale: 'fr-FR',
          conversationId: 'a:chat-camille',
          conversationType: 'personal',
        },
      },
    ]);
    expect(sentTo('a:chat-camille')[0]?.body).toMatchObject({ attachments: [{ content: CARD }] });
  });

  it('in a channel the @mention of the bot is not part of the command', async () => {
    await post(
      inTeam({
        type: 'message',
        text: '<at>Cap Mandat</at>&nbsp;mes actions\n',
        entities: [{ type: 'mention', text: '<at>Cap Mandat</at>', mentioned: BOT }],
      }),
    );
    expect(app.recorded.messages[0]).toMatchObject({ text: 'mes actions', actor: { conversationType: 'channel', conversationId: TEAM.id } });
  });

  it('an Action.Submit fallback goes to the card action, and a card answer replaces the card it came from', async () => {
    app.cardReply = { kind: 'card', card: CARD };
    const value = { verb: 'submit', campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 2, step: 0, q1: 'oui' };
    await post(personal({ type: 'message', value, replyToId: 'card-activity-7' }));

    expect(app.recorded.cardActions).toEqual([{ actor: expect.objectContaining({ userId: CAMILLE.id }), value }]);
    expect(app.recorded.messages).toEqual([]);
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(updates.map((c) => c.path)).toEqual(['/v3/conversations/a:chat-camille/activities/card-activity-7']);
    expect(updates[0]?.body).toMatchObject({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }] });
  });

  it('an Action.Submit answered with a message or an error writes it in the chat', async () => {
    app.cardReply = { kind: 'error', status: 409, code: 'stale_card', message: 'Cette carte est périmée.' };
    await post(personal({ type: 'message', value: { verb: 'submit' }, replyToId: 'card-activity-7' }));
    expect(connector.calls.filter((c) => c.method === 'PUT')).toEqual([]);
    expect(sentTo('a:chat-camille')[0]?.body).toMatchObject({ text: 'Cette carte est périmée.' });
  });

  it('an application failure answers a generic sentence, never the error', async () => {
    const message = app.message.bind(app);
    app.message = () => Promise.reject(new Error('SQLITE_BUSY: database is locked at /srv/data/cap-mandat.db'));
    try {
      const res = await post(personal({ type: 'message', text: 'aide', locale: 'en-US' }));
      expect(res.status).toBe(200);
      expect(sentTo('a:chat-camille').map((c) => c.body.text)).toEqual(['Something went wrong on our side. Please try again in a moment.']);
    } finally {
      app.message = message;
    }
  });
});

describe('bot transport: Universal Actions (adaptiveCard/action)', () => {
  const invoke = (data: Record<string, unknown> = { campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 1, step: 0 }) =>
    post(personal({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'save-and-next', data }, trigger: 'manual' } }));

  it('a card answer replaces the card', async () => {
    app.cardReply = { kind: 'card', card: CARD };
    const res = await invoke();
    expect(res).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: CARD } });
    expect(app.recorded.cardActions[0]?.value).toEqual({
      action: { type: 'Action.Execute', verb: 'save-and-next', data: { campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 1, step: 0 } },
      trigger: 'manual',
    });
    // The answer travels in the HTTP response: nothing is posted to the connector.
    expect(connector.calls).toEqual([]);
  });

  it('a message answer is a short message', async () => {
    const res = await invoke();
    expect(res).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Réponse enregistrée' } });
  });

  it('an error answer keeps HTTP 200 and carries the status, code and message in the body', async () => {
    app.cardReply = { kind: 'error', status: 400, code: 'malformed_data', message: 'Données illisibles.' };
    const res = await invoke();
    expect(res).toEqual({
      status: 200,
      body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'malformed_data', message: 'Données illisibles.' } },
    });
  });

  it('an application failure is a 500 error body without internals', async () => {
    app.cardReply = new Error('TypeError: cannot read properties of undefined (reading "steps") at campaign.service.ts:88');
    const res = await invoke();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'internal_error' } });
    expect(JSON.stringify(res.body)).not.toContain('campaign.service');
  });
});

describe('bot transport: the endpoint', () => {
  it('refuses a body that is not an activity, and a non-JSON body', async () => {
    expect((await post({ text: 'no type' })).status).toBe(400);
    expect((await post({ type: 'message', text: 'no service url' })).status).toBe(400);
    const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(400);
  });

  it('refuses an activity over the size limit', async () => {
    const res = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personal({ type: 'message', text: 'x'.repeat(300 * 1024) })),
    });
    expect(res.status).toBe(413);
    expect(app.recorded.messages).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('TeamsMessageSender', () => {
  let sender: TeamsMessageSender;
  const personalRef = (extra: Partial<ConversationRef> = {}): ConversationRef => ({
    id: `personal.${CAMILLE.aadObjectId}`,
    scope: 'personal',
    tenantId: TENANT,
    serviceUrl: `${connector.url}/`,
    conversationId: 'a:chat-camille',
    botId: BOT.id,
    userId: CAMILLE.id,
    aadObjectId: CAMILLE.aadObjectId,
    installedAt: NOW,
    ...extra,
  });
  const teamRef: () => ConversationRef = () => ({
    id: 'team.conseil',
    scope: 'team',
    tenantId: TENANT,
    serviceUrl: `${connector.url}/`,
    botId: BOT.id,
    teamId: TEAM.id,
    digestChannelId: '19:digest@thread.tacv2',
    installedAt: NOW,
  });
  const failureOf = async (promise: Promise<unknown>): Promise<SendFailure> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SendFailure);
    return error as SendFailure;
  };

  beforeAll(() => {
    sender = new TeamsMessageSender(adapter, loadBotConfig({ MicrosoftAppId: '' }));
  });

  it('sends a card to a personal chat as a new message and says where it landed', async () => {
    const sent = await sender.send(personalRef(), { card: CARD, text: 'Nouveau questionnaire' });
    const calls = sentTo('a:chat-camille');
    expect(calls.map((c) => c.path)).toEqual(['/v3/conversations/a:chat-camille/activities']);
    expect(calls[0]?.body).toMatchObject({
      type: 'message',
      text: 'Nouveau questionnaire',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }],
      conversation: { id: 'a:chat-camille' },
      from: { id: BOT.id },
    });
    expect(sent).toEqual({ activityId: expect.stringMatching(/^sent-/), conversationId: 'a:chat-camille' });
  });

  it('opens the 1:1 chat of a person known from a roster, then writes in it', async () => {
    const sent = await sender.send(personalRef({ conversationId: undefined }), { text: 'Bonjour' });
    const [open] = connector.calls;
    expect(open).toMatchObject({ method: 'POST', path: '/v3/conversations' });
    expect(open?.body).toEqual({
      isGroup: false,
      bot: { id: BOT.id, name: '' },
      members: [{ id: CAMILLE.id, name: '' }],
      tenantId: TENANT,
      channelData: { tenant: { id: TENANT } },
    });
    expect(sent.conversationId).toMatch(/^a:opened-/);
    expect(sentTo(sent.conversationId)).toHaveLength(1);
  });

  it('writes to a team in its digest channel', async () => {
    await sender.send(teamRef(), { card: CARD });
    expect(sentTo('19:digest@thread.tacv2').map((c) => c.path)).toEqual(['/v3/conversations/19:digest@thread.tacv2/activities']);
  });

  it('updates a message in place', async () => {
    await sender.update(personalRef(), 'sent-41', { card: CARD });
    const [update] = connector.calls;
    expect(update).toMatchObject({ method: 'PUT', path: '/v3/conversations/a:chat-camille/activities/sent-41' });
    expect(update?.body).toMatchObject({ id: 'sent-41', attachments: [{ content: CARD }] });
  });

  it('429: throttled, with Retry-After, and botbuilder does not retry behind our back', async () => {
    connector.failNext({ method: 'POST', status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'Throttled', message: 'slow down' } } });
    const failure = await failureOf(sender.send(personalRef(), { text: 'x' }));
    expect(failure).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 7000 });
    expect(connector.calls).toHaveLength(1);
  });

  it.each([412, 502, 503, 504])('%i: transient, tried once', async (status) => {
    connector.failNext({ method: 'POST', status });
    expect(await failureOf(sender.send(personalRef(), { text: 'x' }))).toMatchObject({ kind: 'transient', status });
    expect(connector.calls).toHaveLength(1);
  });

  it.each([
    [403, 'MessageWritesBlocked', 'blocked'],
    [403, 'ConversationBlockedByUser', 'blocked'],
    [403, 'BotNotInConversationRoster', 'app_not_installed'],
    [404, 'ConversationNotFound', 'recipient_not_found'],
    [413, 'MessageSizeTooBig', 'too_large'],
    [400, 'BadSyntax', 'other'],
  ])('%i %s: final, %s', async (status, code, reason) => {
    connector.failNext({ method: 'POST', status, body: { error: { code, message: 'Teams says no' } } });
    expect(await failureOf(sender.send(personalRef(), { text: 'x' }))).toMatchObject({ kind: 'final', status, reason });
  });

  it('a failed update is classified the same way', async () => {
    connector.failNext({ method: 'PUT', status: 404, body: { error: { code: 'ActivityNotFound', message: 'gone' } } });
    expect(await failureOf(sender.update(personalRef(), 'sent-1', { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'recipient_not_found' });
  });

  it('a failed conversation opening is classified the same way', async () => {
    connector.failNext({ method: 'POST', status: 403, body: { error: { code: 'MessageWritesBlocked', message: 'blocked' } } });
    expect(await failureOf(sender.send(personalRef({ conversationId: undefined }), { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'blocked' });
  });

  it('a connector that does not answer in time: transient', async () => {
    connector.failNext({ method: 'POST', status: 201, delayMs: 3000 });
    const started = Date.now();
    expect(await failureOf(sender.send(personalRef(), { text: 'x' }))).toMatchObject({ kind: 'transient' });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a connector that refuses connections: transient', async () => {
    const gone = await listen(express());
    await closeServer(gone.server);
    const started = Date.now();
    expect(await failureOf(sender.send(personalRef({ serviceUrl: `${gone.url}/` }), { text: 'x' }))).toMatchObject({ kind: 'transient' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a reference the app was removed from is not written to', async () => {
    const removed = personalRef({ removedAt: NOW });
    expect(await failureOf(sender.send(removed, { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'app_not_installed' });
    expect(await failureOf(sender.update(removed, 'sent-1', { text: 'x' }))).toMatchObject({ kind: 'final', reason: 'app_not_installed' });
    expect(connector.calls).toEqual([]);
  });

  it('a personal reference with neither conversation nor user: final, recipient not found', async () => {
    expect(await failureOf(sender.send(personalRef({ conversationId: undefined, userId: undefined }), { text: 'x' }))).toMatchObject({
      kind: 'final',
      reason: 'recipient_not_found',
    });
  });
});
