import {
  CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, TeamsInfo, TurnContext,
  type Activity, type ConversationParameters, type ConversationReference, type TurnContext as Context,
} from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { fakeTeam, fakeUsers, startFakeBotConnector, type FakeBotConnector } from '../../tools/fake-bot-connector/index.js';

// The fake is checked through botbuilder 4.23.3's own clients: if the SDK accepts its answers, so will the bot.
let fake: FakeBotConnector;
let adapter: CloudAdapter;
const users = fakeUsers(9);
const [alice, bob, carol, dave, erin] = users.map((u) => u.id) as [string, string, string, string, string];
const team = fakeTeam('Conseil municipal', users.slice(0, 7).map((u) => u.id));
const channel = team.channels?.[0]?.id as string;

const card = (title: string): object => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title }] });

beforeAll(async () => {
  fake = await startFakeBotConnector({ rateLimits: { tenantPerSecond: 500 } });
  fake.addUsers(users);
  fake.addTeam(team);
  // No app id: botbuilder neither checks incoming tokens nor sends outgoing ones (local runs, Agents Playground).
  adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
});
afterAll(() => fake.stop());
beforeEach(() => fake.clearRecords());

const personalParameters = (userId: string, activity?: Partial<Activity>): ConversationParameters => ({
  isGroup: false,
  bot: { id: fake.bot.id, name: fake.bot.name },
  members: [{ id: userId, name: '' }],
  tenantId: fake.tenantId,
  channelData: { tenant: { id: fake.tenantId } },
  ...(activity ? { activity: activity as Activity } : {}),
});

/** Opens (or reopens) the 1:1 with a user the way platform.md §4 says, and returns its reference. */
async function openPersonal(userId: string): Promise<ConversationReference> {
  let reference: Partial<ConversationReference> = {};
  await adapter.createConversationAsync(fake.bot.appId, 'msteams', fake.serviceUrl, '', personalParameters(userId), async (context) => {
    reference = TurnContext.getConversationReference(context.activity);
    await Promise.resolve();
  });
  return reference as ConversationReference;
}

/** Runs `logic` in a proactive turn on a stored reference. */
async function inTurn<T>(reference: Partial<ConversationReference>, logic: (context: Context) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await adapter.continueConversationAsync(fake.bot.appId, reference, async (context) => {
    result = await logic(context);
  });
  return result as T;
}

const connector = (): ConnectorClient => new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: fake.serviceUrl });

describe('fake Bot Connector: conversations and messages through botbuilder', () => {
  it('opens a 1:1 with the same conversation id for the same user, different for another', async () => {
    const first = await openPersonal(alice);
    const again = await openPersonal(alice);
    const other = await openPersonal(bob);
    expect(first.conversation.id).toMatch(/^a:1/);
    expect(again.conversation.id).toBe(first.conversation.id);
    expect(first.conversation.id).toBe(fake.personalConversationId(alice));
    expect(other.conversation.id).not.toBe(first.conversation.id);
    expect(first.serviceUrl).toBe(fake.serviceUrl);
    expect(fake.requests().map((r) => [r.operation, r.status, r.userId])).toEqual([
      ['createConversation', 201, alice], ['createConversation', 201, alice], ['createConversation', 201, bob],
    ]);
  });

  it('delivers a proactive card, then updates it in place', async () => {
    const reference = await openPersonal(alice);
    const sent = await inTurn(reference, (context) => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card('Votre bilan')))));
    const id = sent?.id as string;
    expect(id).toMatch(/^\d{13}$/);
    await inTurn(reference, (context) => context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card('Merci !'))), id }));

    const [message] = fake.activities(reference.conversation.id);
    expect(message?.id).toBe(id);
    expect(message?.updateCount).toBe(1);
    expect(JSON.stringify(message?.current)).toContain('Merci !');
    expect(JSON.stringify(message?.posted)).toContain('Votre bilan');
    expect(fake.updates(id)).toHaveLength(1);
    expect(fake.sentTo(alice).map((d) => d.id)).toEqual([id]);
  });

  it('answers 404 ActivityNotFoundInConversation when updating a message that does not exist', async () => {
    const reference = await openPersonal(bob);
    const update = inTurn(reference, (context) => context.updateActivity({ type: 'message', text: 'x', id: '1700000000000' }));
    await expect(update).rejects.toMatchObject({ statusCode: 404, code: 'ActivityNotFoundInConversation' });
  });

  it('deletes a message: it leaves the current view but stays in what was sent', async () => {
    const reference = await openPersonal(carol);
    const sent = await inTurn(reference, (context) => context.sendActivity('à supprimer'));
    await inTurn(reference, (context) => context.deleteActivity(sent?.id as string));
    expect(fake.activities(reference.conversation.id)).toEqual([]);
    expect(fake.sentTo(carol)).toHaveLength(1);
    expect(fake.sentTo(carol)[0]?.deleted).toBe(true);
  });

  it('sends the first message with the create call when the parameters carry one', async () => {
    const result = await connector().conversations.createConversation(personalParameters(dave, { type: 'message', text: 'Bonjour' }));
    expect(result.id).toBe(fake.personalConversationId(dave));
    expect(result.activityId).toMatch(/^\d+$/);
    expect(fake.sentTo(dave).map((d) => d.posted['text'])).toEqual(['Bonjour']);
  });

  it('posts to a team channel with TeamsInfo.sendMessageToTeamsChannel and starts a thread', async () => {
    const reference = await openPersonal(alice);
    const [threadReference, returnedId] = await inTurn(reference, (context) =>
      TeamsInfo.sendMessageToTeamsChannel(context, MessageFactory.text('Nouvelle campagne') as Activity, channel, fake.bot.appId));
    const [root] = fake.activities(channel);
    const thread = `${channel};messageid=${root?.id ?? ''}`;
    expect(threadReference.conversation.id).toBe(thread);
    // With CloudAdapter, botbuilder hands back the new conversation id where the activity id is expected.
    expect(returnedId).toBe(thread);
    await inTurn(threadReference, (context) => context.sendActivity('Réponse dans le fil'));
    expect(fake.activities(channel).map((d) => [d.conversationId, d.posted['text']])).toEqual([
      [thread, 'Nouvelle campagne'],
      [thread, 'Réponse dans le fil'],
    ]);
  });

  it('records every call and lets a test count the same card sent twice to one user', async () => {
    const reference = await openPersonal(erin);
    const sendCard = (): Promise<unknown> => inTurn(reference, (context) => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card('Rappel')))));
    await sendCard();
    await sendCard();
    await inTurn(reference, (context) => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card('Autre')))));
    const duplicates = fake.duplicates();
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ conversationId: reference.conversation.id, userId: erin });
    expect(duplicates[0]?.activityIds).toHaveLength(2);
    // continueConversationAsync gives its turn activity a fresh UUID, so botbuilder sends every proactive message as
    // a reply to that id (POST …/activities/{uuid}), which Teams accepts in a 1:1.
    const sends = fake.requests().filter((r) => r.operation === 'replyToActivity');
    expect(sends).toHaveLength(3);
    expect(sends[0]).toMatchObject({ method: 'POST', status: 201, outcome: 'processed', userId: erin, conversationId: reference.conversation.id });
    expect(sends[0]?.path).toMatch(new RegExp(`^/v3/conversations/${reference.conversation.id}/activities/[0-9a-f-]{36}$`));
  });
});

describe('fake Bot Connector: rosters through TeamsInfo', () => {
  it('pages the team roster with a continuation token until the last page, with the Teams fields', async () => {
    const reference = await openPersonal(alice);
    const pages = await inTurn(reference, async (context) => {
      const all = [];
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedTeamMembers(context, team.id, 3, token);
        all.push(page);
        token = page.continuationToken;
      } while (token !== undefined);
      return all;
    });
    expect(pages.map((p) => p.members.length)).toEqual([3, 3, 1]);
    const members = pages.flatMap((p) => p.members);
    expect(members.map((m) => m.id)).toEqual(team.memberIds);
    expect(members[0]).toEqual({
      id: users[0]?.id, name: users[0]?.name, aadObjectId: users[0]?.aadObjectId, givenName: expect.any(String), surname: expect.any(String),
      email: expect.stringContaining('@'), userPrincipalName: expect.stringContaining('@'), tenantId: fake.tenantId, userRole: 'user',
    });
    expect(fake.requests().filter((r) => r.operation === 'getConversationPagedMembers').map((r) => r.conversationId)).toEqual([team.id, team.id, team.id]);
  });

  it('lists the 1:1 roster with getPagedMembers and reads one member with getMember', async () => {
    const reference = await openPersonal(bob);
    const page = await inTurn(reference, (context) => TeamsInfo.getPagedMembers(context));
    expect(page.members.map((m) => m.id)).toEqual([bob]);
    expect(page.continuationToken).toBeUndefined();
    const member = await inTurn(reference, (context) => TeamsInfo.getMember(context, bob));
    expect(member.aadObjectId).toBe(users[1]?.aadObjectId);
    await expect(inTurn(reference, (context) => TeamsInfo.getMember(context, carol))).rejects.toMatchObject({ statusCode: 404, code: 'MemberNotFoundInConversation' });
  });

  it('lists the team channels (General carries the team id and no name) and the legacy roster', async () => {
    const reference = await openPersonal(alice);
    const channels = await inTurn(reference, (context) => TeamsInfo.getTeamChannels(context, team.id));
    expect(channels).toEqual([{ id: team.id }, { id: channel, name: 'Suivi du mandat' }]);
    const legacy = await inTurn(reference, (context) => TeamsInfo.getTeamMembers(context, team.id));
    expect(legacy.map((m) => m.aadObjectId)).toEqual(users.slice(0, 7).map((u) => u.aadObjectId));
  });

  it('refuses a continuation token from another conversation', async () => {
    const first = await connector().conversations.getConversationPagedMembers(team.id, { pageSize: 2, continuationToken: '' });
    await expect(connector().conversations.getConversationPagedMembers(fake.personalConversationId(alice), { pageSize: 2, continuationToken: first.continuationToken }))
      .rejects.toMatchObject({ statusCode: 400, code: 'BadArgument' });
  });
});

describe('fake Bot Connector: the refusals Teams answers', () => {
  afterEach(() => {
    for (const id of [alice, bob, carol]) fake.setUserState(id, 'installed');
  });

  it('answers 403 ConversationBlockedByUser to a send to a user who blocked the bot', async () => {
    const reference = await openPersonal(alice);
    fake.setUserState(alice, 'blocked');
    await expect(inTurn(reference, (context) => context.sendActivity('Bonjour'))).rejects.toMatchObject({
      statusCode: 403, code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.',
    });
    await expect(openPersonal(alice)).rejects.toMatchObject({ statusCode: 403, code: 'ConversationBlockedByUser' });
    expect(fake.sentTo(alice)).toEqual([]);
  });

  it('can answer the MessageWritesBlocked shape instead (errorCode 209, the sub-code inside the message)', async () => {
    fake.addUser({ ...users[8]!, blockedAnswer: 'MessageWritesBlocked', state: 'blocked' });
    const raw = await fetch(`${fake.serviceUrl}v3/conversations/${encodeURIComponent(fake.personalConversationId(users[8]!.id))}/activities`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x' }),
    });
    expect(raw.status).toBe(403);
    const body = (await raw.json()) as { errorCode: number; message: string };
    expect(body.errorCode).toBe(209);
    expect(JSON.parse(body.message)).toMatchObject({ subCode: 'MessageWritesBlocked' });
  });

  it('answers 403 to a user who removed the app: MessageWritesBlocked on send, ForbiddenOperationException on create', async () => {
    const reference = await openPersonal(bob);
    fake.setUserState(bob, 'uninstalled');
    await expect(inTurn(reference, (context) => context.sendActivity('Bonjour'))).rejects.toMatchObject({ statusCode: 403, message: expect.stringContaining('MessageWritesBlocked') });
    await expect(openPersonal(bob)).rejects.toMatchObject({ statusCode: 403, code: 'ForbiddenOperationException' });
  });

  it('answers 404 for an unknown conversation and for a user the tenant does not know', async () => {
    await expect(connector().conversations.sendToConversation('a:1unknown', { type: 'message', text: 'x' })).rejects.toMatchObject({ statusCode: 404, code: 'ConversationNotFound' });
    await expect(openPersonal('29:1nobody')).rejects.toMatchObject({ statusCode: 404, code: 'MemberNotFoundInConversation' });
    const reference = await openPersonal(carol);
    fake.setUserState(carol, 'unknown');
    await expect(inTurn(reference, (context) => context.sendActivity('x'))).rejects.toMatchObject({ statusCode: 404, code: 'ConversationNotFound' });
  });

  it('requires the tenant id to open a 1:1', async () => {
    const { tenantId: _t, channelData: _c, ...noTenant } = personalParameters(alice);
    await expect(connector().conversations.createConversation(noTenant as ConversationParameters)).rejects.toMatchObject({ statusCode: 400, code: 'BadArgument' });
  });

  it('counts the size as UTF-16: 60,000 ASCII characters (60 KB of UTF-8) are over 100 KB and answer 413', async () => {
    const reference = await openPersonal(alice);
    await expect(inTurn(reference, (context) => context.sendActivity('a'.repeat(60_000)))).rejects.toMatchObject({ statusCode: 413, code: 'MessageSizeTooBig' });
    await expect(inTurn(reference, (context) => context.sendActivity('a'.repeat(40_000)))).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('answers 403 BotNotInConversationRoster when the bot was removed from the team', async () => {
    fake.setBotInstalledInTeam(team.id, false);
    try {
      await expect(connector().conversations.getConversationPagedMembers(team.id)).rejects.toMatchObject({ statusCode: 403, code: 'BotNotInConversationRoster' });
    } finally {
      fake.setBotInstalledInTeam(team.id, true);
    }
  });

  it('serves the API only under the service URL: a bot that drops the region path gets 404', async () => {
    const rootClient = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: fake.url });
    await expect(rootClient.conversations.sendToConversation(fake.personalConversationId(alice), { type: 'message' })).rejects.toMatchObject({ statusCode: 404 });
  });
});
