import { startFakeBotConnector, type FakeBotConnector } from '../../tools/fake-bot-connector/index.js';
import type { Person, Stored } from '../../src/domain/entities/index.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A Cap Mandat server with its bot on loopback, the fake Bot Connector as Teams, and the demo people as Teams users. */
export interface BotHarness {
  server: TestServer;
  fake: FakeBotConnector;
  /** The Teams user id of a demo person. */
  userOf(personId: string): string;
  /** Posts an activity to the bot, as Teams would. */
  post(activity: object, token?: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Installs the app for these people (personal scope). */
  install(...personIds: string[]): Promise<void>;
  /** Stops both; throws when the fake refused a card the bot sent or answered (a test expecting one clears the records). */
  close(): Promise<void>;
}

/** Any JSON value tests dig into. */
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Starts the server with its bot (anonymous local mode) and the fake connector; every demo person is a Teams user. */
export async function startBotHarness(options: { tenantPerSecond?: number } = {}): Promise<BotHarness> {
  const fake = await startFakeBotConnector({ rateLimits: { tenantPerSecond: options.tenantPerSecond ?? 500 } });
  const server = await startTestServer({ bot: { settings: { appId: '', appPassword: '', appType: 'MultiTenant' }, dispatch: { ratePerSecond: 500, backoff: { baseMs: 50, maxMs: 2_000 } } } });
  const people: Stored<Person>[] = await server.store.person.list();
  const users = new Map<string, string>();
  people.forEach((p, i) => {
    const id = `29:demo-${i + 1}`;
    users.set(p.id, id);
    fake.addUser({ id, aadObjectId: p.entraObjectId!, name: p.displayName, email: p.email });
  });
  const botUrl = `${server.url}/api/messages`;
  const userOf = (personId: string): string => {
    const id = users.get(personId);
    if (!id) throw new Error(`no Teams user for ${personId}`);
    return id;
  };
  // Through the fake, so the cards the bot answers invokes with are validated as those it sends.
  const post = (activity: object, token?: string) => fake.postToBot(botUrl, activity, token === undefined ? {} : { token }) as Promise<{ status: number; body: Json }>;
  return {
    server,
    fake,
    userOf,
    post,
    async install(...personIds) {
      for (const id of personIds) {
        const res = await post(fake.incoming.personalInstall(userOf(id)));
        if (res.status >= 300) throw new Error(`install of ${id} answered ${res.status}`);
      }
    },
    async close() {
      await server.close();
      await fake.stop();
      const refused = fake.cardRefusals();
      if (refused.length > 0) throw new Error(`the fake Bot Connector refused ${refused.length} invalid card(s):\n${refused.map((r) => `${r.source}: ${r.problems.join('; ')}`).join('\n')}`);
    },
  };
}

/** The Adaptive Card of an activity the bot sent (first attachment), or undefined. */
export function cardOfActivity(activity: Record<string, unknown>): Json {
  const attachments = activity.attachments as { contentType: string; content: unknown }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every Action.Execute of a card (body and actions, nested containers included), by verb. */
export function executeActionsOf(card: Json): { verb: string; data: Record<string, unknown> }[] {
  const found: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute' && typeof node.verb === 'string') found.push({ verb: node.verb, data: node.data ?? {} });
      for (const [key, value] of Object.entries(node)) if (key !== 'fallback' && key !== 'refresh') walk(value);
    }
  };
  walk(card);
  return found;
}

/** The text of a card, for assertions on what a person reads. */
export function textOfCard(card: Json): string {
  const texts: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.text === 'string') texts.push(node.text);
      if (typeof node.title === 'string') texts.push(node.title);
      if (typeof node.value === 'string' && node.type === undefined) texts.push(node.value);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return texts.join('\n');
}
