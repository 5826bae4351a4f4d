import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { OutboxItem } from '../../src/domain/campaigns/outbox.schema.js';
import type { Stored } from '../../src/domain/entities/index.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../tools/fake-bot-connector/index.js';
import { deliveryCounts, prepareCrashCampaign, startDispatchProcess, type CrashCampaign, type DispatchProcess } from '../support/dispatch-crash.js';

const RECIPIENTS = 40;
/** Sends of the first process whose answers the fake Teams holds: its sends in flight when it is killed. */
const IN_FLIGHT = 4;
/** Short, for the test: the default (20 s) is measured by `npm run bench -- --recovery-only`. */
const LEASE_MS = 2_000;
/** Renewals of each send in flight before the kill: two whole leases outlived while a second instance was watching. */
const RENEWALS = 6;

/** Waits for `condition`, checking every 20 ms; gives up after `ms` so that a broken dispatcher fails instead of hanging. */
async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const userOf = (item: OutboxItem): string => `29:${item.personId!.replace(/^pers-/, '')}`;

describe('a dispatcher process killed (SIGKILL) in the middle of its sends', () => {
  let fake: FakeBotConnector;
  let campaign: CrashCampaign;
  let reader: RoadmapStore;
  const processes: DispatchProcess[] = [];
  beforeAll(async () => {
    fake = await startFakeBotConnector({ rateLimits: { tenantPerSecond: 1_000 } });
    campaign = await prepareCrashCampaign(fake, RECIPIENTS);
    reader = openSqliteStore(campaign.db);
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await reader.close();
    await fake.stop();
    campaign.remove();
  });

  it('loses no card, sends again only what was in flight, and recovers it after one lease', async () => {
    const settings = { db: campaign.db, leaseMs: LEASE_MS, concurrency: IN_FLIGHT, ratePerSecond: 200, clockOffsetMs: campaign.clockOffsetMs };
    fake.holdAnswers(IN_FLIGHT);
    const first = startDispatchProcess({ ...settings, instanceId: 'web-a', mode: 'run' });
    processes.push(first);
    await until(() => fake.heldAnswers() === IN_FLIGHT, 'the first process to have its sends in flight');

    // A second instance runs meanwhile: it sends the rest, and must not take over the first one's live sends.
    const second = startDispatchProcess({ ...settings, instanceId: 'web-b', mode: 'drain', withinMs: 2 * LEASE_MS });
    processes.push(second);
    const inFlight = async (): Promise<Stored<OutboxItem>[]> => (await reader.operations.outbox.find({ state: 'sending' })).filter((i) => i.claimedBy === 'web-a');
    // Created (1), claimed (2), then renewed: each renewal is one version.
    const renewedEnough = async (): Promise<boolean> => (await inFlight()).every((i) => Number(i.version) >= 2 + RENEWALS);
    await until(async () => deliveryCounts(fake, campaign.userIds).duplicates > 0 || (deliveryCounts(fake, campaign.userIds).lost === 0 && (await renewedEnough())), 'the renewals');
    expect(deliveryCounts(fake, campaign.userIds)).toEqual({ lost: 0, duplicates: 0, twice: [] });
    const held = await inFlight();
    expect(held).toHaveLength(IN_FLIGHT);

    const inFlightAtKill = fake.heldAnswers();
    await first.kill();
    fake.releaseAnswers();
    const stats = await second.drained();

    const after = deliveryCounts(fake, campaign.userIds);
    expect(inFlightAtKill).toBe(IN_FLIGHT);
    expect(after.lost).toBe(0);
    expect(after.duplicates).toBeLessThanOrEqual(inFlightAtKill);
    // The duplicates are exactly the sends in flight, each sent again once by the second process.
    expect(after.twice.sort()).toEqual(held.map(userOf).sort());
    expect(stats).toMatchObject({ sent: RECIPIENTS, conflicts: 0, leaseLost: 0 });
    const outbox = await reader.operations.outbox.find();
    expect(outbox.map((i) => i.state)).toEqual(outbox.map(() => 'sent'));
    const recovered = outbox.filter((i) => held.some((h) => h.id === i.id));
    // Taken over once, on the first claim after the lease ran out: one attempt by each process.
    expect(recovered.map((i) => i.attempts)).toEqual(held.map(() => 2));
    const deliveries = await reader.operations.delivery.find();
    expect(deliveries.filter((d) => d.state === 'sent')).toHaveLength(RECIPIENTS);
  }, 120_000);
});
