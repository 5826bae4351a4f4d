import { OutboxDispatcher } from '../../../../src/app/campaigns/dispatch/outbox.dispatcher.js';
import type { DispatchOptions } from '../../../../src/app/campaigns/dispatch/dispatch-options.js';
import type { OutboxItem } from '../../../../src/domain/campaigns/outbox.schema.js';
import { fixedClock } from '../../../support/fixed-clock.js';
import { randomIds } from '../../../../src/adapters/system/system-clock.js';
import { fakeTime } from './support/fake-time.js';
import { MemoryOutbox } from './support/memory-outbox.js';
import { makeOutboxItem, makeOutboxItems } from './support/outbox-factories.js';
import { RecordingSender, composeText, failures, outcomeLog, quietLogger } from './support/recording-sender.js';

/** A dispatcher on an in-memory outbox and a fake time source: pacing is checked on fake instants, with no sleeping. */
async function setUp(items: OutboxItem[], options: Partial<DispatchOptions>, latency?: () => Promise<void>) {
  const outbox = new MemoryOutbox();
  await outbox.createMany(items);
  const time = fakeTime();
  const sender = new RecordingSender({ now: () => time.now(), latency });
  const dispatcher = new OutboxDispatcher(
    { operations: { outbox }, sender, clock: fixedClock(), logger: quietLogger(), compose: composeText(), onOutcome: outcomeLog().onOutcome, time, ids: randomIds(), random: () => 1 },
    { backoff: { baseMs: 1_000, maxMs: 60_000 }, ...options },
  );
  return { outbox, sender, dispatcher };
}

const sendsAt = (sender: RecordingSender): number[] => sender.sends.map((s) => s.at);

/** The most instants found in any span of `windowMs` (half-open, as the limiters count). */
function busiestWindow(instants: number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[j] ?? 0) <= (sorted[i] ?? 0) - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('OutboxDispatcher pacing', () => {
  it("keeps to the instance's rate at a steady pace from the start (a restart opens with no burst)", async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(12), { ratePerSecond: 5, concurrency: 20 });
    await dispatcher.drain();
    // A new instance assumes the pace was kept until now: the first send waits one spacing.
    expect(sendsAt(sender)).toEqual([200, 400, 600, 800, 1_000, 1_200, 1_400, 1_600, 1_800, 2_000, 2_200, 2_400]);
  });

  it("holds back a busy conversation's messages without holding back the others", async () => {
    const samePerson = [1, 2, 3, 4, 5].map((n) => makeOutboxItem(n, { personId: 'pers-busy' }));
    const others = [6, 7].map((n) => makeOutboxItem(n));
    const { sender, dispatcher } = await setUp([...samePerson, ...others], {
      ratePerSecond: 1_000,
      conversationLimits: [{ limit: 2, windowMs: 1_000 }],
    });
    await dispatcher.drain();
    const busy = sender.sends.filter((s) => s.refId === 'personal.pers-busy');
    expect(busy.map((s) => s.itemId)).toEqual(['dlv-1.q', 'dlv-2.q', 'dlv-3.q', 'dlv-4.q', 'dlv-5.q']);
    // Two per second for that conversation (the instance's pace adds a millisecond between sends).
    expect(busy.map((s) => s.at)).toEqual([1, 2, 1_001, 1_002, 2_001]);
    expect(sender.sends.filter((s) => s.refId !== 'personal.pers-busy').map((s) => s.at)).toEqual([3, 4]);
  });

  it('slows its pace for a while after a 429 that does not say when to come back', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(60), {
      ratePerSecond: 10,
      concurrency: 1,
      throttleSlowdown: { factor: 0.5, durationMs: 5_000 },
    });
    sender.failNext('dlv-1.q', failures.throttled());
    await dispatcher.drain();
    const slowed = sender.callTimes.filter((t) => t < 5_000);
    expect(busiestWindow(slowed, 1_000)).toBe(5);
    const after = sender.callTimes.filter((t) => t >= 6_000);
    expect(after.length).toBeGreaterThan(0);
    expect(busiestWindow(after, 1_000)).toBe(10);
  });

  it('sends at full pace when nothing was throttled', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(15), { ratePerSecond: 10, concurrency: 1 });
    await dispatcher.drain();
    expect(sendsAt(sender)).toEqual(Array.from({ length: 15 }, (_, i) => (i + 1) * 100));
  });

  it('gives the slot of a call refused with Retry-After back, so the others keep the pace', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(6), { ratePerSecond: 5, concurrency: 1 });
    sender.failNext('dlv-1.q', failures.throttled(3_000));
    await dispatcher.drain();
    // The refused call's slot is used again at the next opportunity: two calls at 400 ms. (The refused message comes
    // back 3 s later, after this drain.)
    expect(sender.calls).toEqual(['dlv-1.q', 'dlv-2.q', 'dlv-3.q', 'dlv-4.q', 'dlv-5.q', 'dlv-6.q']);
    expect(sender.callTimes).toEqual([200, 400, 400, 600, 800, 1_000]);
  });

  it('gives back at most a fifth of the pace when the service refuses everything', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(40), { ratePerSecond: 10, concurrency: 1, maxAttempts: 1 });
    for (let n = 1; n <= 40; n++) sender.failAlways(`dlv-${n}.q`, failures.throttled(60_000));
    await dispatcher.drain();
    expect(sender.calls).toHaveLength(40);
    // 10 per second, plus at most 2 given back per second.
    expect(busiestWindow(sender.callTimes, 1_000)).toBeLessThanOrEqual(12);
  });

  it('spends no slot on an item composed into nothing to send', async () => {
    const outbox = new MemoryOutbox();
    await outbox.createMany(makeOutboxItems(4));
    const time = fakeTime();
    const sender = new RecordingSender({ now: () => time.now() });
    const skip = new Map([['dlv-1.q', { kind: 'skip' as const, reason: 'already answered' }]]);
    const dispatcher = new OutboxDispatcher(
      { operations: { outbox }, sender, clock: fixedClock(), logger: quietLogger(), compose: composeText(skip), onOutcome: outcomeLog().onOutcome, time, ids: randomIds(), random: () => 1 },
      { ratePerSecond: 5, concurrency: 1 },
    );
    await dispatcher.drain();
    // The skipped item's slot is used again at the next opportunity: two sends at 400 ms.
    expect(sendsAt(sender)).toEqual([400, 400, 600]);
  });

  it('never has more sends in flight than its concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const latency = async (): Promise<void> => {
      most = Math.max(most, ++inFlight);
      for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
    };
    const { sender, dispatcher } = await setUp(makeOutboxItems(40), { ratePerSecond: 1_000, concurrency: 3 }, latency);
    await dispatcher.drain();
    expect(sender.sends).toHaveLength(40);
    expect(most).toBe(3);
  });
});
