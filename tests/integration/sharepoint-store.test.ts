import { describeRoadmapStoreContract } from '../support/store-contract.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

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
