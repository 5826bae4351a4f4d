import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cardOf, click, executeActionsOf, textOf } from '../../tools/playground/adaptive-card';
import { startAgentsPlayground, type AgentsPlayground } from '../../tools/playground/agents-playground.process';
import { startCapMandatServer, type CapMandatServer } from '../../tools/playground/cap-mandat-server.process';
import { PlaygroundClient, type ConversationStream, type PlaygroundMessage } from '../../tools/playground/playground-client';
import { eventually } from './support/eventually';

// The bot in the Microsoft 365 Agents Playground, driven headless through the HTTP and WebSocket endpoints its page
// uses: the real server process (`npm run playground` starts the same two), a throw-away store, free ports.

const PILOTAGE = 'pers-laurent-dufresne';
const CARON_ENTRA_ID = '7a1e0000-0000-4000-8000-000000000016'; // .m365agentsplayground.yml's currentUser
const BATIMENTS = 'svc-batiments'; // Isabelle Caron heads it
const CARD = 'application/vnd.microsoft.card.adaptive';

let server: CapMandatServer | undefined;
let playground: AgentsPlayground | undefined;
let stream: ConversationStream | undefined;
let client: PlaygroundClient;
let workDir: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-playground-'));
  server = await startCapMandatServer({ port: 0, sqlitePath: ':memory:', env: { TIME_ZONE: 'Europe/Paris' } }); // as parisDate()
  playground = await startAgentsPlayground({ botEndpoint: server.botEndpoint, port: 0, openBrowser: false, logFile: path.join(workDir, 'playground.log') });
  client = new PlaygroundClient(playground.url);
  stream = await client.stream();
}, 120_000);

afterAll(async () => {
  stream?.close();
  await Promise.all([playground?.process.stop(), server?.process.stop()]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The REST API as the pilotage team (development identities). */
async function api(route: string, init: { method?: string; body?: unknown; ifMatch?: string } = {}) {
  const response = await fetch(`${server!.url}/api/v1${route}`, {
    method: init.method ?? 'GET',
    headers: {
      'X-Dev-User': PILOTAGE,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.ifMatch ? { 'If-Match': init.ifMatch } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag') ?? '', body: text ? JSON.parse(text) : undefined };
}

/** A date in the collectivity's time zone, `days` from today, as the API writes dates. */
function parisDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + days * 86_400_000));
}

const inChat = (chatId: string) => (m: PlaygroundMessage) => m.conversationId === chatId && m.fromId !== '';

describe('the bot in the Microsoft 365 Agents Playground', () => {
  let me: string;
  let chat: string;
  let campaignId: string;
  let questionnaire: PlaygroundMessage;

  it('is installed for the current user, Isabelle Caron, who gets the welcome card', async () => {
    const { config } = await client.config();
    expect(config.currentUser).toMatchObject({ name: 'Isabelle Caron', aadObjectId: CARON_ENTRA_ID });
    me = config.currentUser.id;
    chat = config.personalChat.id;

    await client.install(chat);
    const welcome = await stream!.next((m) => inChat(chat)(m) && /Isabelle Caron/.test(textOf(cardOf(m))), { what: 'welcome card' });
    // The Playground sends every activity with locale en-US, so the bot greets in English there.
    expect(textOf(cardOf(welcome))).toMatch(/^(Hello|Bonjour) Isabelle Caron/);
    expect(executeActionsOf(cardOf(welcome)).map((a) => a.verb)).toEqual(expect.arrayContaining(['my-actions', 'my-campaigns']));
  });

  it('answers a chat command typed in the Playground', async () => {
    const before = stream!.messages.length;
    await client.say(chat, me, 'my actions');
    const reply = await stream!.next((m) => stream!.messages.indexOf(m) >= before && m.fromId !== me && inChat(chat)(m), { what: 'reply to "my actions"' });
    // The card of that command (its title first, then her service's actions), not the help card that answers anything
    // else: that one opens with "I did not recognise a command…" and carries a "My actions" button.
    const text = textOf(cardOf(reply));
    expect(text).toMatch(/^(My actions|Mes actions)\n/);
    expect(text).toContain('Audit énergétique des neuf groupes scolaires'); // an action of Bâtiments, which she heads
    expect(text).not.toMatch(/What I can do|Ce que je sais faire/);
  });

  it('receives the questionnaire of a campaign the pilotage team launches, through the Playground’s connector', async () => {
    const created = await api('/campaigns', {
      method: 'POST',
      body: {
        kind: 'action_review',
        title: 'Revue du Playground',
        audience: { kind: 'service_heads', serviceIds: [BATIMENTS] },
        openingDate: parisDate(),
        deadline: parisDate(14),
      },
    });
    expect(created.status).toBe(201);
    campaignId = created.body.id;
    const launched = await api(`/campaigns/${campaignId}/launch`, { method: 'POST', ifMatch: created.etag });
    expect(launched.status).toBe(200);

    // Sent proactively by the server's dispatcher to the Playground's mocked Bot Connector, which streams it.
    questionnaire = await stream!.next(
      (m) => inChat(chat)(m) && executeActionsOf(cardOf(m)).some((a) => a.verb === 'save-and-next' && a.data.campaignId === campaignId),
      { what: 'questionnaire card' },
    );
    expect(textOf(cardOf(questionnaire))).toContain('Revue du Playground');
    const campaign = await eventually(() => api(`/campaigns/${campaignId}`), (r) => r.body.funnel?.sent === 1);
    expect(campaign.body.funnel).toMatchObject({ total: 1, sent: 1 });
    // The installation (installationUpdate, then conversationUpdate) welcomed her once.
    expect(stream!.messages.filter((m) => /^(Hello|Bonjour) Isabelle Caron/.test(textOf(cardOf(m))))).toHaveLength(1);
  });

  it('is answered step by step with Action.Execute through the Playground, then shows the answered card', async () => {
    let card = cardOf(questionnaire);
    const total = Number(/Action 1 (?:of|sur) (\d+)/.exec(textOf(card))?.[1]);
    expect(total).toBeGreaterThan(1);
    let steps = 0;
    for (;;) {
      const actions = executeActionsOf(card);
      const next = actions.find((a) => a.verb === 'save-and-next');
      const chosen = next ?? actions.find((a) => a.verb === 'submit');
      if (!chosen) throw new Error(`step ${steps + 1}: neither save-and-next nor submit on the card:\n${textOf(card)}`);
      // What the Playground's page sends when she sets progress and weather and clicks: the other inputs as prefilled.
      const reply = await client.execute(chat, me, questionnaire.messageId, click(card, chosen, { progress: '70', weather: 'cloudy' }));
      expect(reply.type).toBe(CARD);
      card = reply.value;
      steps += 1;
      if (!next || steps > total) break;
    }
    // One click per action of the service, the last one on "submit".
    expect(steps).toBe(total);
    // The answered card: thanks, then every action with what she sent.
    const answered = textOf(card);
    expect(answered).toMatch(/Thank you, your answers have been sent|Merci, vos réponses ont été envoyées/);
    expect(answered.match(/^70 %$/gm)).toHaveLength(total);
    expect(answered.match(/Cloudy|Nuageux/g)).toHaveLength(total);
    expect(executeActionsOf(card).map((a) => a.verb)).not.toContain('save-and-next');
    const campaign = await api(`/campaigns/${campaignId}`);
    expect(campaign.body.funnel).toMatchObject({ total: 1, answered: 1 });
  });

  it('turns the answers into proposals: the pilotage team accepts one and the action changes', async () => {
    const proposals = await api(`/proposals?campaignId=${campaignId}&state=pending`);
    const first = proposals.body.items.find((p: { target: { kind: string } }) => p.target.kind === 'action');
    expect(first).toBeDefined();
    const before = await api(`/actions/${first.target.id}`);
    expect(before.body).not.toMatchObject({ progress: 70, weather: 'cloudy' });

    const accepted = await api(`/proposals/${first.proposal.id}/accept`, { method: 'POST', ifMatch: `"${first.proposal.version}"` });
    expect(accepted.status).toBe(200);
    const after = await api(`/actions/${first.target.id}`);
    expect(after.body).toMatchObject({ progress: 70, weather: 'cloudy' });
    const history = await api(`/actions/${first.target.id}/history`);
    expect(history.body.items.map((entry: { source: string }) => entry.source)).toContain('bot');
  });
});
