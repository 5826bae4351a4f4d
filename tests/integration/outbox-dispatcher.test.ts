import { OutboxDispatcher } from '../../src/app/campaigns/dispatch/outbox.dispatcher.js';
import type { DispatchOptions } from '../../src/app/campaigns/dispatch/dispatch-options.js';
import type { ComposeResult, DispatchDeps } from '../../src/app/campaigns/dispatch/dispatch.types.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { randomIds } from '../../src/adapters/system/system-clock.js';
import { systemTimeSource } from '../../src/adapters/system/system-time-source.js';
import type { OutboxItem } from '../../src/domain/campaigns/outbox.schema.js';
import type { Clock } from '../../src/ports/clock.port.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { fixedClock } from '../support/fixed-clock.js';
import { T0, at, makeOutboxItem, makeOutboxItems } from '../unit/campaigns/dispatch/support/outbox-factories.js';
import { RecordingSender, composeText, failures, outcomeLog, quietLogger } from '../unit/campaigns/dispatch/support/recording-sender.js';

// The dispatcher on the real SQLite operations store, with real timers made tiny (high rate, 1 ms back-off base):
// the time that matters (notBefore, leases, Retry-After) is the fixed clock's, moved by hand.
const FAST: Partial<DispatchOptions> = {
  ratePerSecond: 100_000,
  pollIntervalMs: 5,
  concurrency: 8,
  backoff: { baseMs: 1_000, maxMs: 60_000 },
  leaseMs: 60_000,
};

let store: RoadmapStore;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(() => store.close());

function dispatcherOf(
  parts: { sender: RecordingSender; clock: Clock; outcomes?: ReturnType<typeof outcomeLog> } & Partial<DispatchDeps>,
  options: Partial<DispatchOptions> = {},
): OutboxDispatcher {
  return new OutboxDispatcher(
    {
      operations: store.operations,
      logger: quietLogger(),
      compose: composeText(),
      onOutcome: (parts.outcomes ?? outcomeLog()).onOutcome,
      random: () => 1,
      time: systemTimeSource,
      ids: randomIds(),
      ...parts,
    },
    { ...FAST, ...options },
  );
}

async function outboxStates(): Promise<Record<OutboxItem['state'], number>> {
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const item of await store.operations.outbox.find()) counts[item.state]++;
  return counts;
}

/** Waits for `condition`, checking every millisecond; rejects after `ms` so that a broken dispatcher fails instead of hanging. */
async function until(condition: () => boolean, what: string, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const record = async (id: string) => (await store.operations.outbox.get(id))!;
const everyCountIsOne = (sender: RecordingSender): boolean => [...sender.sendCounts().values()].every((n) => n === 1);

describe('OutboxDispatcher on the SQLite store', () => {
  it('sends every due item exactly once, records it and reports it', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(50));
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const outcomes = outcomeLog();
    const stats = await dispatcherOf({ sender, clock, outcomes }, { instanceId: 'web-1' }).drain();

    expect(sender.sendCounts().size).toBe(50);
    expect(everyCountIsOne(sender)).toBe(true);
    expect(stats).toMatchObject({ claimed: 50, sent: 50, failed: 0, retried: 0 });
    expect(await outboxStates()).toEqual({ pending: 0, sending: 0, sent: 50, failed: 0, skipped: 0 });
    const one = await record('dlv-7.q');
    expect(one).toMatchObject({ state: 'sent', sentAt: T0, attempts: 1 });
    expect(one.activityId).toMatch(/^1:\d+$/);
    expect(one).not.toHaveProperty('claimedBy');
    expect(one).not.toHaveProperty('leaseUntil');
    expect(outcomes.outcomes).toHaveLength(50);
    expect(outcomes.outcomes.find((o) => o.itemId === 'dlv-7.q')?.outcome).toEqual({
      kind: 'sent',
      at: T0,
      sent: { activityId: one.activityId, conversationId: 'a:conv-pers-7' },
    });
  });

  it('sends nothing before its notBefore', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1), makeOutboxItem(2, { notBefore: at(3_600) })]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const dispatcher = dispatcherOf({ sender, clock });
    await dispatcher.drain();
    expect(sender.sends.map((s) => s.itemId)).toEqual(['dlv-1.q']);
    clock.advance(3_599);
    await dispatcher.drain();
    expect(sender.sends).toHaveLength(1);
    clock.advance(1);
    await dispatcher.drain();
    expect(sender.sends.map((s) => s.itemId)).toEqual(['dlv-1.q', 'dlv-2.q']);
  });

  it('retries a 429 no sooner than its Retry-After, and keeps the error meanwhile', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1)]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    sender.failNext('dlv-1.q', failures.throttled(30_000));
    const dispatcher = dispatcherOf({ sender, clock });

    expect(await dispatcher.drain()).toMatchObject({ retried: 1, sent: 0 });
    // Retry-After 30 s, plus the jitter of a random() that returns 1 here: 20 %.
    expect(await record('dlv-1.q')).toMatchObject({ state: 'pending', attempts: 1, notBefore: at(36), lastError: '429 Too Many Requests' });
    clock.advance(35);
    await dispatcher.drain();
    expect(sender.calls).toEqual(['dlv-1.q']);
    clock.advance(1);
    await dispatcher.drain();
    expect(sender.calls).toEqual(['dlv-1.q', 'dlv-1.q']);
    expect(await record('dlv-1.q')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('retries a 503 after an exponential back-off', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1)]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    sender.failNext('dlv-1.q', failures.unavailable(), failures.unavailable());
    const dispatcher = dispatcherOf({ sender, clock });

    await dispatcher.drain();
    expect(await record('dlv-1.q')).toMatchObject({ state: 'pending', attempts: 1, notBefore: at(1), lastError: '503 Service Unavailable' });
    clock.advance(1);
    await dispatcher.drain();
    expect(await record('dlv-1.q')).toMatchObject({ state: 'pending', attempts: 2, notBefore: at(3) });
    clock.advance(2);
    await dispatcher.drain();
    expect(await record('dlv-1.q')).toMatchObject({ state: 'sent', attempts: 3, lastError: '503 Service Unavailable' });
    expect(sender.calls).toHaveLength(3);
  });

  it('fails for good a blocked bot (403) and an unknown recipient (404), without retrying', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(3));
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    sender.failAlways('dlv-1.q', failures.blocked());
    sender.failAlways('dlv-2.q', failures.notFound());
    const outcomes = outcomeLog();
    const dispatcher = dispatcherOf({ sender, clock, outcomes });
    await dispatcher.drain();
    clock.advance(3_600);
    await dispatcher.drain();

    expect(await record('dlv-1.q')).toMatchObject({ state: 'failed', failure: 'blocked', lastError: '403 MessageWritesBlocked', attempts: 1 });
    expect(await record('dlv-2.q')).toMatchObject({ state: 'failed', failure: 'recipient_not_found', attempts: 1 });
    expect(await record('dlv-3.q')).toMatchObject({ state: 'sent' });
    expect(sender.calls.sort()).toEqual(['dlv-1.q', 'dlv-2.q', 'dlv-3.q']);
    expect(outcomes.outcomes.filter((o) => o.outcome.kind === 'failed').map((o) => o.outcome)).toEqual([
      { kind: 'failed', reason: 'blocked', error: '403 MessageWritesBlocked' },
      { kind: 'failed', reason: 'recipient_not_found', error: '404 Conversation not found' },
    ]);
  });

  it('gives up after maxAttempts, keeping the last error', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1)]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    sender.failNext('dlv-1.q', failures.unavailable(), failures.unavailable());
    sender.failAlways('dlv-1.q', failures.throttled(5_000));
    const outcomes = outcomeLog();
    const dispatcher = dispatcherOf({ sender, clock, outcomes }, { maxAttempts: 3 });
    for (let i = 0; i < 10; i++) {
      await dispatcher.drain();
      clock.advance(60);
    }
    expect(sender.calls).toHaveLength(3);
    expect(await record('dlv-1.q')).toMatchObject({ state: 'failed', failure: 'other', attempts: 3, lastError: '429 Too Many Requests' });
    expect(outcomes.outcomes).toEqual([{ itemId: 'dlv-1.q', outcome: { kind: 'failed', reason: 'other', error: '429 Too Many Requests' } }]);
  });

  it('records what compose decided: a failure or a skip, without sending', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(3));
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const outcomes = outcomeLog();
    const special = new Map<string, ComposeResult>([
      ['dlv-1.q', { kind: 'fail', reason: 'app_not_installed', message: 'No conversation reference for pers-1' }],
      ['dlv-2.q', { kind: 'skip', reason: 'already answered' }],
    ]);
    await dispatcherOf({ sender, clock, outcomes, compose: composeText(special) }).drain();

    expect(sender.calls).toEqual(['dlv-3.q']);
    expect(await record('dlv-1.q')).toMatchObject({ state: 'failed', failure: 'app_not_installed', lastError: 'No conversation reference for pers-1' });
    expect(await record('dlv-2.q')).toMatchObject({ state: 'skipped', lastError: 'already answered' });
    expect(outcomes.outcomes.slice(0, 2).map((o) => o.outcome)).toEqual([
      { kind: 'failed', reason: 'app_not_installed', error: 'No conversation reference for pers-1' },
      { kind: 'skipped', reason: 'already answered' },
    ]);
  });

  it('retries when compose throws', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1)]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    let calls = 0;
    const compose = composeText();
    const flaky = (item: Parameters<typeof compose>[0]) => (++calls === 1 ? Promise.reject(new Error('store busy')) : compose(item));
    const dispatcher = dispatcherOf({ sender, clock, compose: flaky });
    await dispatcher.drain();
    expect(await record('dlv-1.q')).toMatchObject({ state: 'pending', lastError: 'store busy' });
    clock.advance(60);
    await dispatcher.drain();
    expect(await record('dlv-1.q')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('records the send even when onOutcome throws, and says so', async () => {
    await store.operations.outbox.createMany([makeOutboxItem(1)]);
    const logger = quietLogger();
    const dispatcher = dispatcherOf({
      sender: new RecordingSender(),
      clock: fixedClock(T0),
      logger,
      onOutcome: () => Promise.reject(new Error('delivery update failed')),
    });
    expect(await dispatcher.drain()).toMatchObject({ sent: 1, outcomeErrors: 1 });
    expect(await record('dlv-1.q')).toMatchObject({ state: 'sent' });
    expect(logger.lines).toContainEqual({ level: 'error', message: 'outbox: recording the outcome failed' });
  });

  it('never lets two instances send the same item', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(200));
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const a = dispatcherOf({ sender, clock }, { instanceId: 'web-a' });
    const b = dispatcherOf({ sender, clock }, { instanceId: 'web-b' });
    const [sa, sb] = await Promise.all([a.drain(), b.drain()]);

    expect(sender.sendCounts().size).toBe(200);
    expect(everyCountIsOne(sender)).toBe(true);
    expect(sender.calls).toHaveLength(200);
    expect(sa.sent + sb.sent).toBe(200);
    expect(await outboxStates()).toEqual({ pending: 0, sending: 0, sent: 200, failed: 0, skipped: 0 });
  });

  it('stops gracefully mid-way, leaving nothing in sending, and another instance finishes the rest', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(500));
    const clock = fixedClock(T0);
    let stopping: Promise<void> | undefined;
    let first: OutboxDispatcher | undefined = undefined;
    const sender = new RecordingSender({
      onSend: () => {
        if (sender.sends.length === 100) stopping = first?.stop();
      },
    });
    first = dispatcherOf({ sender, clock }, { instanceId: 'web-a' });
    first.start();
    try {
      await until(() => stopping !== undefined, '100 sends');
    } finally {
      await first.stop();
    }
    await stopping;

    const afterStop = await outboxStates();
    expect(afterStop.sending).toBe(0);
    expect(afterStop.sent).toBeGreaterThanOrEqual(100);
    expect(afterStop.sent).toBeLessThan(500);
    expect(afterStop.sent).toBe(sender.sends.length);

    await dispatcherOf({ sender, clock }, { instanceId: 'web-b' }).drain();
    expect(sender.sendCounts().size).toBe(500);
    expect(everyCountIsOne(sender)).toBe(true);
    expect(await outboxStates()).toEqual({ pending: 0, sending: 0, sent: 500, failed: 0, skipped: 0 });
  });

  it('takes over an item left in sending by a crashed instance once its lease expired, not before', async () => {
    await store.operations.outbox.createMany([
      makeOutboxItem(1, { state: 'sending', claimedBy: 'web-crashed', leaseUntil: at(-1), attempts: 1 }),
      makeOutboxItem(2, { state: 'sending', claimedBy: 'web-alive', leaseUntil: at(30), attempts: 1 }),
    ]);
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const dispatcher = dispatcherOf({ sender, clock }, { instanceId: 'web-b' });
    await dispatcher.drain();
    expect(sender.calls).toEqual(['dlv-1.q']);
    expect(await record('dlv-1.q')).toMatchObject({ state: 'sent', attempts: 2 });
    expect(await record('dlv-2.q')).toMatchObject({ state: 'sending', claimedBy: 'web-alive' });
  });

  it('fails an item whose attempts ran out while it was held by a crashed instance', async () => {
    await store.operations.outbox.createMany([
      makeOutboxItem(1, { state: 'sending', claimedBy: 'web-crashed', leaseUntil: at(-1), attempts: 3, lastError: '502 Bad Gateway' }),
    ]);
    const sender = new RecordingSender();
    const outcomes = outcomeLog();
    await dispatcherOf({ sender, clock: fixedClock(T0), outcomes }, { maxAttempts: 3 }).drain();
    expect(sender.calls).toEqual([]);
    expect(await record('dlv-1.q')).toMatchObject({ state: 'failed', failure: 'other', lastError: '502 Bad Gateway' });
    expect(outcomes.outcomes).toHaveLength(1);
  });

  it('picks up what was queued as soon as it is woken, without waiting for the next poll', async () => {
    const clock = fixedClock(T0);
    const sender = new RecordingSender();
    const reads = jest.spyOn(store.operations.outbox, 'claimable');
    const dispatcher = dispatcherOf({ sender, clock }, { pollIntervalMs: 3_600_000 });
    dispatcher.start();
    // Once the first pass has read the empty outbox, the next poll is an hour away: only wake() can bring the items.
    await until(() => reads.mock.results.length >= 1, 'the first pass');
    await Promise.all(reads.mock.results.map((r) => r.value));
    await store.operations.outbox.createMany(makeOutboxItems(3));
    dispatcher.wake();
    try {
      await until(() => sender.sends.length === 3, 'the woken dispatcher to send');
    } finally {
      await dispatcher.stop();
    }
    expect(await outboxStates()).toEqual({ pending: 0, sending: 0, sent: 3, failed: 0, skipped: 0 });
  });

  it('runs until idle through retries when told to wait for them (what a bench uses)', async () => {
    await store.operations.outbox.createMany(makeOutboxItems(20));
    const sender = new RecordingSender();
    sender.failNext('dlv-4.q', failures.unavailable());
    sender.failNext('dlv-9.q', failures.throttled(5));
    // The system clock this time: the retries come due by themselves after a few milliseconds.
    const clock: Clock = { now: () => new Date().toISOString(), today: () => new Date().toISOString().slice(0, 10) };
    const dispatcher = dispatcherOf({ sender, clock }, { backoff: { baseMs: 5, maxMs: 10 } });
    const stats = await dispatcher.runUntilIdle();
    expect(stats).toMatchObject({ sent: 20, retried: 2, failed: 0, skipped: 0 });
    expect(everyCountIsOne(sender)).toBe(true);
  });
});
