import { operationFields } from '../../src/adapters/sharepoint/operations/operation-codec.js';
import type { OperationMap } from '../../src/ports/operations.port.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const delivery = (id: string, campaignId: string, personId: string, state: OperationMap['delivery']['state']): OperationMap['delivery'] => ({
  id,
  campaignId,
  personId,
  state,
  attempts: 1,
  currentStep: 0,
  cardVersion: 1,
  sentAt: '2026-03-02T08:01:00.000Z',
});

// The threshold is lowered to 100 so that the list can pass it with 300 items; the rule is SharePoint's at 5,000.
describe('SharePoint operations: queries on a list past the list view threshold', () => {
  let site: ProvisionedEmulator;
  beforeAll(async () => {
    site = await startProvisionedEmulator({ listViewThreshold: 100 });
    const at = '2026-03-02T08:00:00.000Z';
    const rows = [
      ...Array.from({ length: 300 }, (_, i) => delivery(`del-old-${i}`, 'camp-old', `pers-${i}`, 'sent')),
      delivery('del-new-1', 'camp-new', 'pers-1', 'sent'),
      delivery('del-new-2', 'camp-new', 'pers-2', 'sent'),
      delivery('del-new-3', 'camp-new', 'pers-3', 'queued'),
    ].map((record, n) => operationFields('delivery', record, { createdAt: at, updatedAt: at, writeToken: `seed-${n}` }, 'create'));
    await site.emulator.seedItems('Envois', rows);
  });
  afterAll(() => site.close());

  it('narrows with the most selective index first, whatever order the query names them in', async () => {
    const store = await site.open();
    const sent = await store.operations.delivery.find({ state: 'sent', campaignId: 'camp-new' });
    expect(sent.map((d) => d.id)).toEqual(['del-new-1', 'del-new-2']);
    expect((await store.operations.delivery.find({ state: 'sent', personId: 'pers-7' })).map((d) => d.id)).toEqual(['del-old-7']);
    expect((await store.operations.delivery.find({ campaignId: 'camp-new' })).map((d) => d.id)).toEqual(['del-new-1', 'del-new-2', 'del-new-3']);
    await store.close();
  });

  it('still reads the whole list by plain paging, and refuses a query that cannot narrow', async () => {
    const store = await site.open();
    expect(await store.operations.delivery.find()).toHaveLength(303);
    // Every delivery of the old campaign is more than the threshold: SharePoint refuses, and so does the store.
    await expect(store.operations.delivery.find({ campaignId: 'camp-old' })).rejects.toThrow(/422/);
    await store.close();
  });
});
