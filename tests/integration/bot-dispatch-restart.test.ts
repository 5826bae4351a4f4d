import { randomIds } from '../../src/adapters/system/system-clock.js';
import { systemTimeSource } from '../../src/adapters/system/system-time-source.js';
import { composeBot } from '../../src/server/bot/compose-bot.js';
import { createLogger } from '../../src/server/logger.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { massCampaignBody, massRecipients } from '../support/mass-campaign.js';

const PILOTAGE = 'pers-laurent-dufresne';
const RECIPIENTS = 500;

describe('a restart in the middle of a 500-recipient send', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ tenantPerSecond: 1000 });
  });
  afterAll(() => h.close());

  it('ends with every recipient served exactly once', async () => {
    const { personIds, userIds } = await massRecipients(h.server.store, h.fake, RECIPIENTS);
    const created = await h.server.api('/campaigns', { method: 'POST', as: PILOTAGE, body: massCampaignBody(personIds) });
    const launched = await h.server.api(`/campaigns/${created.body.id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': created.headers.get('etag')! } });
    expect(launched.body.queued).toBe(RECIPIENTS);

    // The first instance sends until about a third is out, then stops as a deployment would stop it.
    const first = h.server.bot!.dispatcher;
    first.start();
    const sentCount = (): number => userIds.filter((u) => h.fake.sentTo(u).length > 0).length;
    while (sentCount() < RECIPIENTS / 3) await new Promise((resolve) => setTimeout(resolve, 10));
    await first.stop();
    const afterStop = sentCount();
    expect(afterStop).toBeLessThan(RECIPIENTS);
    expect(await h.server.store.operations.outbox.find({ state: 'sending' })).toEqual([]);

    // A new instance (new adapter, new dispatcher) resumes from the store.
    const second = composeBot(h.server.store, h.server.services, {
      settings: { appId: '', appPassword: '', appType: 'MultiTenant' },
      logger: createLogger('silent'),
      clock: h.server.clock,
      time: systemTimeSource,
      ids: randomIds(),
      dispatch: { ratePerSecond: 1000 },
    });
    const stats = await second.dispatcher.drain();
    expect(stats.sent).toBe(RECIPIENTS - afterStop);

    expect(userIds.map((u) => h.fake.sentTo(u).length)).toEqual(userIds.map(() => 1));
    expect(h.fake.duplicates()).toEqual([]);
    const deliveries = await h.server.store.operations.delivery.find({ campaignId: created.body.id as string });
    expect(deliveries.filter((d) => d.state === 'sent')).toHaveLength(RECIPIENTS);
  }, 60_000);
});
