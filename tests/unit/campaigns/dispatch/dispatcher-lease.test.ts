import { DEFAULT_DISPATCH_OPTIONS } from '../../../../src/app/campaigns/dispatch/dispatch-options.js';
import { OutboxDispatcher } from '../../../../src/app/campaigns/dispatch/outbox.dispatcher.js';
import { claimed } from '../../../../src/app/campaigns/dispatch/outbox-transitions.js';
import type { ComposeResult } from '../../../../src/app/campaigns/dispatch/dispatch.types.js';
import type { OutboxItem } from '../../../../src/domain/campaigns/outbox.schema.js';
import type { Stored } from '../../../../src/domain/entities/index.js';
import type { Clock } from '../../../../src/ports/clock.port.js';
import { randomIds } from '../../../../src/adapters/system/system-clock.js';
import { fakeTime } from './support/fake-time.js';
import { MemoryOutbox } from './support/memory-outbox.js';
import { T0, makeOutboxItems } from './support/outbox-factories.js';
import { RecordingSender, composeText, outcomeLog, quietLogger } from './support/recording-sender.js';

const LEASE_MS = 9_000;

/** What a held send or compose waited for in vain (thrown inside the dispatcher, it would only count as an error). */
let stuck: string[] = [];
beforeEach(() => {
  stuck = [];
});
afterEach(() => expect(stuck).toEqual([]));

/** Lets other work run until `condition` holds; gives up after many turns so that a missing behaviour fails, not hangs. */
async function turnsUntil(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; !condition(); turn += 1) {
    if (turn > 5_000) {
      stuck.push(what);
      throw new Error(`still waiting for ${what}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A dispatcher on an in-memory outbox whose time (pauses and the clock stamping leases) is a fake that moves only when
 * something sleeps: while a send is held, only the lease renewals sleep, so each one moves time by a third of the lease.
 */
async function setUp(count: number, held: { send?: () => Promise<void>; compose?: () => Promise<void> } = {}) {
  const outbox = new MemoryOutbox();
  await outbox.createMany(makeOutboxItems(count));
  const time = fakeTime();
  const clock: Clock = { now: () => new Date(Date.parse(T0) + time.now()).toISOString(), today: () => T0.slice(0, 10) };
  const renewals: { id: string; leaseUntil: string; at: string }[] = [];
  const renew = outbox.renewLease.bind(outbox);
  outbox.renewLease = (claim, leaseUntil) => {
    renewals.push({ id: claim.id, leaseUntil, at: clock.now() });
    return renew(claim, leaseUntil);
  };
  const sender: RecordingSender = new RecordingSender({ latency: (): Promise<void> => (sender.calls.length === 1 && held.send ? held.send() : Promise.resolve()) });
  const plain = composeText();
  const compose = async (item: Stored<OutboxItem>): Promise<ComposeResult> => {
    if (item.id === 'dlv-1.q' && held.compose) await held.compose();
    return plain(item);
  };
  const outcomes = outcomeLog();
  const dispatcher = new OutboxDispatcher(
    { operations: { outbox }, sender, clock, logger: quietLogger(), compose, onOutcome: outcomes.onOutcome, time, ids: randomIds(), random: () => 1 },
    { instanceId: 'web-a', ratePerSecond: 1_000, leaseMs: LEASE_MS },
  );
  /** What a second instance does once the lease it saw ran out: claims the item from its current version. */
  const takeOver = async (): Promise<void> => {
    const current = (await outbox.get('dlv-1.q'))!;
    await outbox.update(claimed(current, 'web-b', new Date(Date.parse(clock.now()) + 100 * LEASE_MS).toISOString()), current.version);
  };
  return { outbox, sender, dispatcher, renewals, outcomes, takeOver };
}

describe('OutboxDispatcher leases', () => {
  it('has a default lease short enough for recovery within 30 s', () => {
    expect(DEFAULT_DISPATCH_OPTIONS.leaseMs).toBeLessThanOrEqual(20_000);
  });

  it('renews the lease of a send in flight every third of the lease, and writes nothing for sends that end sooner', async () => {
    const held: { send?: () => Promise<void> } = {};
    const { outbox, sender, dispatcher, renewals } = await setUp(3, held);
    held.send = () => turnsUntil(() => renewals.length >= 3, 'three renewals');
    const stats = await dispatcher.drain();

    expect(sender.sendCounts()).toEqual(new Map([['dlv-1.q', 1], ['dlv-2.q', 1], ['dlv-3.q', 1]]));
    expect(renewals.map((r) => r.id)).toEqual(['dlv-1.q', 'dlv-1.q', 'dlv-1.q']);
    // Each renewal pushes the lease one whole lease past its own instant, a third of a lease after the previous one.
    expect(renewals.map((r) => Date.parse(r.leaseUntil) - Date.parse(r.at))).toEqual([LEASE_MS, LEASE_MS, LEASE_MS]);
    // On the fake time: the first a third of a lease after the start (plus the pace's millisecond), then every third.
    const instants = [T0, ...renewals.map((r) => r.at)].map((i) => Date.parse(i));
    const gaps = instants.slice(1).map((instant, i) => instant - instants[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(LEASE_MS / 3);
    for (const gap of gaps) expect(gap).toBeLessThan(LEASE_MS / 3 + 10);
    expect(stats).toMatchObject({ sent: 3, renewed: 3, leaseLost: 0 });
    // The result was written against the last renewal's version: created, claimed, renewed three times, sent.
    expect(await outbox.get('dlv-1.q')).toMatchObject({ state: 'sent', version: '6', attempts: 1 });
  });

  it('stops a send whose lease another instance took over: nothing sent, nothing written', async () => {
    const held: { compose?: () => Promise<void> } = {};
    const { outbox, sender, dispatcher, renewals, outcomes, takeOver } = await setUp(2, held);
    held.compose = async () => {
      await takeOver();
      await turnsUntil(() => renewals.length >= 1, 'the renewal that finds the item taken');
    };
    const stats = await dispatcher.drain();

    expect(sender.calls).toEqual(['dlv-2.q']);
    expect(stats).toMatchObject({ sent: 1, renewed: 0, leaseLost: 1 });
    expect(await outbox.get('dlv-1.q')).toMatchObject({ state: 'sending', claimedBy: 'web-b' });
    expect(outcomes.outcomes.map((o) => o.itemId)).toEqual(['dlv-2.q']);
  });

  it('does not write the result of a send whose lease was lost while it was in flight', async () => {
    const held: { send?: () => Promise<void> } = {};
    const { outbox, dispatcher, renewals, outcomes, takeOver } = await setUp(1, held);
    held.send = async () => {
      await turnsUntil(() => renewals.length >= 1, 'a first renewal');
      await takeOver();
      await turnsUntil(() => renewals.length >= 2, 'the renewal that finds the item taken');
    };
    const stats = await dispatcher.drain();

    expect(stats).toMatchObject({ sent: 0, renewed: 1, leaseLost: 1 });
    expect(await outbox.get('dlv-1.q')).toMatchObject({ state: 'sending', claimedBy: 'web-b' });
    expect(outcomes.outcomes).toEqual([]);
  });

  it('keeps its claim when a renewal went through but its answer was lost', async () => {
    const held: { send?: () => Promise<void> } = {};
    const { outbox, dispatcher, renewals } = await setUp(1, held);
    const renew = outbox.renewLease.bind(outbox);
    let first = true;
    outbox.renewLease = async (claim, leaseUntil) => {
      const stored = await renew(claim, leaseUntil);
      if (!first) return stored;
      first = false;
      throw new Error('socket hang up');
    };
    held.send = () => turnsUntil(() => renewals.length >= 2, 'a second renewal');
    const stats = await dispatcher.drain();

    expect(stats).toMatchObject({ sent: 1, leaseLost: 0 });
    expect(await outbox.get('dlv-1.q')).toMatchObject({ state: 'sent' });
  });
});
