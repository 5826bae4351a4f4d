import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import { fakeUsers, manualClock, startFakeBotConnector, type FakeBotConnector, type FaultStatus } from '../../tools/fake-bot-connector/index.js';

// Rate limits and faults, seen raw over HTTP (status, Retry-After, body) and through botbuilder's ConnectorClient,
// whose pipeline retries 429/503 after Retry-After and 5xx with exponential back-off by itself.
const users = fakeUsers(60);
const ids = users.map((u) => u.id);

interface RawAnswer {
  status: number;
  retryAfter: string | null;
  body: { id?: string; error?: { code: string; message: string } };
}

async function rawSend(fake: FakeBotConnector, userId: string, text = 'Bonjour'): Promise<RawAnswer> {
  const conversation = encodeURIComponent(fake.personalConversationId(userId));
  const response = await fetch(`${fake.serviceUrl}v3/conversations/${conversation}/activities`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as RawAnswer['body'] };
}

async function sendMany(fake: FakeBotConnector, userId: string, count: number): Promise<RawAnswer[]> {
  const answers: RawAnswer[] = [];
  for (let i = 0; i < count; i++) answers.push(await rawSend(fake, userId, `message ${i}`));
  return answers;
}

const statuses = (answers: RawAnswer[]): number[] => answers.map((a) => a.status);

describe('fake Bot Connector: per-thread limits (injected clock)', () => {
  const clock = manualClock();
  let fake: FakeBotConnector;
  beforeAll(async () => {
    fake = await startFakeBotConnector({ clock: clock.now, rateLimits: { tenantPerSecond: 500 } });
    fake.addUsers(users);
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.setRateLimits({ tenantPerSecond: 500 }));

  it('accepts 7 sends to one conversation within a second and answers the 8th 429 Throttled with Retry-After', async () => {
    const answers = await sendMany(fake, ids[0]!, 8);
    expect(statuses(answers)).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    expect(answers[7]).toEqual({ status: 429, retryAfter: '1', body: { error: { code: 'Throttled', message: 'Too many requests.' } } });
    expect(fake.requests().at(-1)).toMatchObject({ outcome: 'rate-limited', status: 429, retryAfterSeconds: 1, userId: ids[0] });
  });

  it('counts each conversation apart: another user is not throttled', async () => {
    await sendMany(fake, ids[1]!, 7);
    expect((await rawSend(fake, ids[2]!)).status).toBe(201);
  });

  it('applies the 8 per 2 s window after a second has passed, and 60 per 30 s after that', async () => {
    const user = ids[3]!;
    expect(statuses(await sendMany(fake, user, 7))).toEqual(Array(7).fill(201));
    clock.advance(1000);
    const next = await sendMany(fake, user, 2);
    expect(statuses(next)).toEqual([201, 429]);
    expect(next[1]?.retryAfter).toBe('1');
    // Every 2 s, 7 more get through (7 per second binds), until the 30 s window is full at 60.
    let accepted = 8;
    for (let round = 0; round < 8; round++) {
      clock.advance(2000);
      for (const answer of await sendMany(fake, user, 8)) if (answer.status === 201) accepted += 1;
    }
    expect(accepted).toBe(60);
    const refused = await rawSend(fake, user);
    expect(refused.status).toBe(429);
    // 17 s have passed: the first sends leave the 30 s window in 13 s.
    expect(refused.retryAfter).toBe('13');
  });

  it('does not count refused calls: after Retry-After the sender gets through', async () => {
    const user = ids[4]!;
    await sendMany(fake, user, 7);
    const refused = await sendMany(fake, user, 5);
    expect(statuses(refused)).toEqual([429, 429, 429, 429, 429]);
    clock.advance(Number(refused[0]?.retryAfter) * 1000);
    expect((await rawSend(fake, user)).status).toBe(201);
  });

  it('holds creates to the same limits, per user', async () => {
    const create = async (userId: string): Promise<number> =>
      (await fetch(`${fake.serviceUrl}v3/conversations`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ isGroup: false, bot: { id: fake.bot.id }, members: [{ id: userId }], tenantId: fake.tenantId, channelData: { tenant: { id: fake.tenantId } } }),
      })).status;
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) answers.push(await create(ids[5]!));
    expect(answers).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    expect(await create(ids[6]!)).toBe(201);
  });
});

describe('fake Bot Connector: global limit per tenant', () => {
  const clock = manualClock();
  let fake: FakeBotConnector;
  beforeAll(async () => {
    fake = await startFakeBotConnector({ clock: clock.now });
    fake.addUsers(users);
  });
  afterAll(() => fake.stop());

  it('lets 30 calls a second through by default (one per user, so no thread limit applies), then 429', async () => {
    const answers = [];
    for (const user of ids.slice(0, 40)) answers.push(await rawSend(fake, user));
    expect(statuses(answers).filter((s) => s === 201)).toHaveLength(30);
    expect(statuses(answers).slice(30)).toEqual(Array(10).fill(429));
    expect(fake.requests().filter((r) => r.outcome === 'rate-limited')).toHaveLength(10);
    clock.advance(1000);
    expect((await rawSend(fake, ids[45]!)).status).toBe(201);
  });

  it('takes a higher rate for benches (500/s)', async () => {
    fake.setRateLimits({ tenantPerSecond: 500 });
    const answers = [];
    for (const user of ids) answers.push(await rawSend(fake, user));
    expect(statuses(answers).every((s) => s === 201)).toBe(true);
  });
});

describe('fake Bot Connector: fault injection', () => {
  let fake: FakeBotConnector;
  beforeAll(async () => {
    fake = await startFakeBotConnector({ rateLimits: { enabled: false } });
    fake.addUsers(users);
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.setFaults({});
    fake.clearRecords();
  });

  async function faultSequence(seed: number): Promise<number[]> {
    fake.setFaults({ ratio: 0.2, seed });
    const answers = [];
    for (let i = 0; i < 250; i++) answers.push((await rawSend(fake, ids[i % ids.length]!)).status);
    return answers;
  }

  it('faults about the given share of calls with 429, 412, 502, 503, 504, the same ones for the same seed', async () => {
    const first = await faultSequence(7);
    const faulted = first.filter((s) => s !== 201);
    expect(faulted.length).toBeGreaterThan(30);
    expect(faulted.length).toBeLessThan(75);
    expect(new Set(faulted)).toEqual(new Set([429, 412, 502, 503, 504]));
    expect(await faultSequence(7)).toEqual(first);
    expect(await faultSequence(8)).not.toEqual(first);
    const throttled = fake.requests().find((r) => r.status === 429);
    expect(throttled).toMatchObject({ outcome: 'random-fault', retryAfterSeconds: 1 });
  }, 30_000);

  it('answers only the chosen statuses, with their Teams bodies, and delivers nothing when it faults', async () => {
    fake.setFaults({ ratio: 1, statuses: [412] });
    const answer = await rawSend(fake, ids[0]!);
    expect(answer).toEqual({ status: 412, retryAfter: null, body: { error: { code: 'PreconditionFailed', message: 'Precondition failed, please try again.' } } });
    expect(fake.sentTo(ids[0]!)).toEqual([]);
  });

  it('queues one-shot faults for a user: the next calls fail, then it works, and others are untouched', async () => {
    fake.failNext(ids[1]!, 503, 2, { retryAfterSeconds: 4 });
    const answers = [await rawSend(fake, ids[1]!), await rawSend(fake, ids[2]!), await rawSend(fake, ids[1]!), await rawSend(fake, ids[1]!)];
    expect(answers.map((a) => [a.status, a.retryAfter])).toEqual([[503, '4'], [201, null], [503, '4'], [201, null]]);
    expect(fake.requests().map((r) => r.outcome)).toEqual(['injected-fault', 'processed', 'injected-fault', 'processed']);
  });

  it('queues faults by conversation id too', async () => {
    fake.failNext(fake.personalConversationId(ids[3]!), 502);
    expect((await rawSend(fake, ids[3]!)).status).toBe(502);
    expect((await rawSend(fake, ids[3]!)).status).toBe(201);
  });

  it('can fail after delivering (a gateway timeout after the write): a retry then shows as a duplicate', async () => {
    fake.failNext(ids[4]!, 504, 1, { deliveredAnyway: true });
    expect((await rawSend(fake, ids[4]!, 'Rappel')).status).toBe(504);
    expect((await rawSend(fake, ids[4]!, 'Rappel')).status).toBe(201);
    expect(fake.sentTo(ids[4]!)).toHaveLength(2);
    expect(fake.duplicates()).toEqual([expect.objectContaining({ userId: ids[4], activityIds: [expect.any(String), expect.any(String)] })]);
  });

  it('refuses unknown fault statuses', () => {
    expect(() => fake.failNext(ids[0]!, 418 as FaultStatus)).toThrow('Unsupported fault status 418');
    expect(() => fake.setFaults({ ratio: 2 })).toThrow('ratio must be in [0, 1]');
  });
});

describe("fake Bot Connector: botbuilder's own retries against it", () => {
  let fake: FakeBotConnector;
  let adapter: CloudAdapter;
  beforeAll(async () => {
    fake = await startFakeBotConnector({ rateLimits: { tenantPerSecond: 500 } });
    fake.addUsers(users);
    adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.clearRecords());

  /** A proactive send on a stored 1:1 reference (each test has its own user, so thread limits do not carry over). */
  const send = (userId: string, text: string): Promise<void> => {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams', serviceUrl: fake.serviceUrl, bot: { id: fake.bot.id, name: fake.bot.name },
      conversation: { id: fake.personalConversationId(userId), conversationType: 'personal', tenantId: fake.tenantId, isGroup: false, name: '' },
    };
    return adapter.continueConversationAsync(fake.bot.appId, reference, async (context) => {
      await context.sendActivity(text);
    });
  };

  it('retries a 429 after its Retry-After without telling the caller', async () => {
    fake.failNext(ids[10]!, 429, 1, { retryAfterSeconds: 0 });
    await send(ids[10]!, 'Bonjour');
    expect(fake.requests().map((r) => r.status)).toEqual([429, 201]);
  });

  it('waits out a real per-thread 429 (Retry-After: 1) and gets through on the real clock', async () => {
    const started = Date.now();
    await Promise.all(Array.from({ length: 8 }, (_, i) => send(ids[11]!, `message ${i}`)));
    const statuses = fake.requests().map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses.at(-1)).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('re-sends after a 504 by itself, so a timeout after delivery becomes a duplicate the app never saw', async () => {
    fake.failNext(ids[12]!, 504, 1, { deliveredAnyway: true });
    await send(ids[12]!, 'Rappel');
    expect(fake.requests().map((r) => r.status)).toEqual([504, 201]);
    expect(fake.sentTo(ids[12]!).map((d) => d.posted['text'])).toEqual(['Rappel', 'Rappel']);
    expect(fake.duplicates()).toHaveLength(1);
  });

  it('does not retry 412, 403 or 404: those reach the caller', async () => {
    fake.failNext(ids[13]!, 412);
    await expect(send(ids[13]!, 'x')).rejects.toMatchObject({ statusCode: 412, code: 'PreconditionFailed' });
    fake.setUserState(ids[13]!, 'blocked');
    await expect(send(ids[13]!, 'x')).rejects.toMatchObject({ statusCode: 403 });
    fake.setUserState(ids[13]!, 'unknown');
    await expect(send(ids[13]!, 'x')).rejects.toMatchObject({ statusCode: 404 });
    expect(fake.requests().map((r) => r.status)).toEqual([412, 403, 404]);
  });
});
