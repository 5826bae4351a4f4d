import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { describeOperationsContract } from '../support/operations-contract.js';
import { startProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

describeOperationsContract('SQLite', () => Promise.resolve(openSqliteStore(':memory:')));

// Each test gets a fresh emulator and a freshly provisioned site, as the SQLite suite gets a fresh database.
describeOperationsContract('SharePoint on the Graph emulator', async () => {
  const site = await startProvisionedEmulator();
  const store = await site.open();
  return {
    operations: store.operations,
    close: async () => {
      await store.close();
      await site.close();
    },
  };
});
