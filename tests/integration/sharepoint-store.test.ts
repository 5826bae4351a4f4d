import { describeRoadmapStoreContract } from '../support/store-contract.js';
import { seedHistory, startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

// Each test gets a fresh emulator and a freshly provisioned site, as the SQLite suite gets a fresh database.
describeRoadmapStoreContract('SharePoint on the Graph emulator', async () => {
  const site: ProvisionedEmulator = await startProvisionedEmulator();
  const store = await site.open();
  return {
    ...store,
    close: async () => {
      await store.close();
      await site.close();
    },
  };
});

// Seeding 20,000 items and provisioning a site before each test takes a few seconds on a loaded two-core machine.
jest.setTimeout(60_000);

// The same contract once the history list holds 20,000 entries about actions, at SharePoint's real list view
// threshold (5,000): a query that narrows with "EntityType eq 'action'" first is refused, as SharePoint refuses it.
describeRoadmapStoreContract('SharePoint on the Graph emulator, 20,000 history entries', async () => {
  const site: ProvisionedEmulator = await startProvisionedEmulator();
  await seedHistory(site.emulator, 20_000, 'action');
  const store = await site.open();
  return {
    ...store,
    close: async () => {
      await store.close();
      await site.close();
    },
  };
});
