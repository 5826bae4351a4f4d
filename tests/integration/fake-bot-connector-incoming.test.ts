import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsActivityHandler, TeamsInfo, TurnContext,
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type ConversationReference, type TeamsChannelAccount,
} from 'botbuilder';
import express from 'express';
import { fakeTeam, fakeUsers, postActivity, startFakeBotConnector, type FakeBotConnector } from '../../tools/fake-bot-connector/index.js';

// The incoming builders, posted to a TeamsActivityHandler behind CloudAdapter: botbuilder must route each one to the
// handler Teams' real activity reaches, and what the bot does back must land in the fake.
const users = fakeUsers(5);
const [alice, bob, carol, dave] = users.map((u) => u.id) as [string, string, string, string];
const team = fakeTeam('Adjoints', [alice, bob, carol]);

class RecordingBot extends TeamsActivityHandler {
  readonly references: Array<Partial<ConversationReference>> = [];
  readonly membersAdded: TeamsChannelAccount[] = [];
  readonly rosters: string[][] = [];
  readonly invokes: AdaptiveCardInvokeValue[] = [];

  constructor() {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      this.references.push(TurnContext.getConversationReference(context.activity));
      if (context.activity.conversation.conversationType === 'personal') await context.sendActivity('Bienvenue dans Cap Mandat');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Reçu : ${context.activity.text ?? JSON.stringify(context.activity.value)}`);
      await next();
    });
    this.onTeamsMembersAddedEvent(async (membersAdded, _teamInfo, context, next) => {
      const botAdded = membersAdded.some((m) => m.id === context.activity.recipient.id);
      this.membersAdded.push(...membersAdded.filter((m) => m.id !== context.activity.recipient.id));
      if (botAdded) {
        const page = await TeamsInfo.getPagedMembers(context, 2);
        const rest = page.continuationToken ? await TeamsInfo.getPagedMembers(context, 2, page.continuationToken) : { members: [] };
        this.rosters.push([...page.members, ...rest.members].map((m) => m.id));
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(_context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    this.invokes.push(value);
    await Promise.resolve();
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Action ${value.action.verb} enregistrée` }] };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

let fake: FakeBotConnector;
let bot: RecordingBot;
let server: Server;
let botUrl: string;

beforeAll(async () => {
  fake = await startFakeBotConnector();
  fake.addUsers(users);
  fake.addTeam(team);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const app = express();
  app.use(express.json());
  app.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.stop();
});
beforeEach(() => {
  bot = new RecordingBot();
  fake.clearRecords();
});

describe('fake Bot Connector: incoming Teams activities', () => {
  it('builds a personal installationUpdate whose reference is what proactive sends need', async () => {
    const answer = await postActivity(botUrl, fake.incoming.personalInstall(alice));
    expect(answer.status).toBe(200);
    const [reference] = bot.references;
    expect(reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: fake.serviceUrl,
      locale: 'fr-FR',
      bot: { id: fake.bot.id, name: fake.bot.name },
      user: { id: alice, aadObjectId: users[0]?.aadObjectId, name: users[0]?.name },
      conversation: { id: fake.personalConversationId(alice), conversationType: 'personal', tenantId: fake.tenantId },
    });
    expect(fake.sentTo(alice).map((d) => d.posted['text'])).toEqual(['Bienvenue dans Cap Mandat']);
  });

  it('builds a team installationUpdate carrying the team in channelData', async () => {
    expect((await postActivity(botUrl, fake.incoming.teamInstall(team.id, bob))).status).toBe(200);
    const activity = fake.incoming.teamInstall(team.id, bob);
    expect(activity.channelData).toMatchObject({ tenant: { id: fake.tenantId }, team: { id: team.id, name: team.name, aadGroupId: team.aadGroupId } });
    expect(bot.references[0]?.conversation).toMatchObject({ id: team.id, conversationType: 'channel', isGroup: true });
    expect(fake.delivered()).toEqual([]);
  });

  it('answers a 1:1 message as a reply in the same conversation', async () => {
    const incoming = fake.incoming.message(bob, 'mes actions');
    expect((await postActivity(botUrl, incoming)).status).toBe(200);
    expect(fake.sentTo(bob).map((d) => [d.posted['text'], d.replyToId])).toEqual([['Reçu : mes actions', incoming.id]]);
    expect(fake.requests()[0]).toMatchObject({ operation: 'replyToActivity', path: `/v3/conversations/${fake.personalConversationId(bob)}/activities/${incoming.id}` });
  });

  it('returns the invoke response of an Action.Execute as the HTTP body', async () => {
    const activity = fake.incoming.cardAction(carol, { verb: 'submitAnswer', data: { campaignId: 'c-1', score: 3 } }, { replyToId: '1795000000000' });
    expect(activity).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action', replyToId: '1795000000000', value: { trigger: 'manual', action: { type: 'Action.Execute' } } });
    const answer = await postActivity(botUrl, activity);
    expect(answer).toEqual({
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Action submitAnswer enregistrée' }] } },
    });
    // botbuilder hands the handler its own projection of `value` (action, authentication, state).
    expect(bot.invokes).toEqual([expect.objectContaining({ action: expect.objectContaining({ type: 'Action.Execute', verb: 'submitAnswer', data: { campaignId: 'c-1', score: 3 } }) })]);
  });

  it('carries Action.Submit data in a message value', async () => {
    await postActivity(botUrl, fake.incoming.cardSubmit(carol, { verb: 'submitAnswer', score: 2 }));
    expect(fake.sentTo(carol).map((d) => d.posted['text'])).toEqual(['Reçu : {"verb":"submitAnswer","score":2}']);
  });

  it('lets the bot read the team roster when it is added to the team', async () => {
    expect((await postActivity(botUrl, fake.incoming.botAddedToTeam(team.id, alice))).status).toBe(200);
    expect(bot.rosters).toEqual([[alice, bob, carol]]);
    expect(fake.requests().map((r) => [r.operation, r.conversationId])).toEqual([
      ['getConversationPagedMembers', team.id], ['getConversationPagedMembers', team.id],
    ]);
  });

  it('lets botbuilder complete new members with getMember (email, UPN) on teamMemberAdded', async () => {
    fake.addTeamMember(team.id, dave);
    expect((await postActivity(botUrl, fake.incoming.teamMembersAdded(team.id, [dave], alice))).status).toBe(200);
    expect(bot.membersAdded).toEqual([expect.objectContaining({ id: dave, email: expect.stringContaining('@'), userPrincipalName: expect.any(String) })]);
    expect(fake.requests().map((r) => r.operation)).toEqual(['getConversationMember']);
  });

  it('fails the turn when a new member is not in the roster yet: botbuilder 4.23.3 rethrows the 404', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await postActivity(botUrl, fake.incoming.teamMembersAdded(team.id, [users[4]!.id], alice));
      // Its fallback reads err.body.error.code, which core-client's RestError does not have.
      expect(answer.status).toBe(500);
      expect(fake.requests()[0]).toMatchObject({ operation: 'getConversationMember', status: 404 });
    } finally {
      jest.restoreAllMocks();
    }
  });
});
