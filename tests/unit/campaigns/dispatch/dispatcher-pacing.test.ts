import { OutboxDispatcher } from '../../../../src/app/campaigns/dispatch/outbox.dispatcher.js';
import type { DispatchOptions } from '../../../../src/app/campaigns/dispatch/dispatch-options.js';
import type { OutboxItem } from '../../../../src/domain/campaigns/outbox.schema.js';
import { fixedClock } from '../../../support/fixed-clock.js';
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
    { operations: { outbox }, sender, clock: fixedClock(), logger: quietLogger(), compose: composeText(), onOutcome: outcomeLog().onOutcome, time, random: () => 1 },
    { backoff: { baseMs: 1_000, maxMs: 60_000 }, ...options },
  );
  return { outbox, sender, dispatcher };
}

const sendsAt = (sender: RecordingSender): number[] => sender.sends.map((s) => s.at);

describe('OutboxDispatcher pacing', () => {
  it("keeps to the instance's rate", async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(12), { ratePerSecond: 5, concurrency: 20 });
    await dispatcher.drain();
    expect(sendsAt(sender)).toEqual([0, 0, 0, 0, 0, 1_000, 1_000, 1_000, 1_000, 1_000, 2_000, 2_000]);
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
    expect(busy.map((s) => s.at)).toEqual([0, 0, 1_000, 1_000, 2_000]);
    expect(sender.sends.filter((s) => s.refId !== 'personal.pers-busy').map((s) => s.at)).toEqual([0, 0]);
  });

  it('slows its pace for a while after a 429', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(15), {
      ratePerSecond: 10,
      concurrency: 1,
      throttleSlowdown: { factor: 0.5, durationMs: 5_000 },
    });
    sender.failNext('dlv-1.q', failures.throttled());
    await dispatcher.drain();
    // The 429 took one of the first second's slots; the pace is then 5 per second instead of 10.
    expect(sendsAt(sender)).toEqual([0, 0, 0, 0, 1_000, 1_000, 1_000, 1_000, 1_000, 2_000, 2_000, 2_000, 2_000, 2_000]);
  });

  it('sends at full pace when nothing was throttled', async () => {
    const { sender, dispatcher } = await setUp(makeOutboxItems(15), { ratePerSecond: 10, concurrency: 1 });
    await dispatcher.drain();
    expect(sendsAt(sender).filter((t) => t === 0)).toHaveLength(10);
  });

  it('never has more sends in flight than its concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const latency = async (): Promise<void> => {
      most = Math.max(most, ++inFlight);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
    };
    const { sender, dispatcher } = await setUp(makeOutboxItems(40), { ratePerSecond: 1_000, concurrency: 3 }, latency);
    await dispatcher.drain();
    expect(sender.sends).toHaveLength(40);
    expect(most).toBe(3);
  });
});
