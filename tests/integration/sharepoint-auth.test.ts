import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import type { ChangeContext } from '../../src/domain/entities/index.js';
import { startProvisionedEmulator, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ctx: ChangeContext = { actor: { id: 'pers-test', name: 'Testeuse' }, source: 'api', at: '2026-11-27T09:00:00.000Z' };

describe('SharePoint store: app-only authentication through msal-node', () => {
  let site: ProvisionedEmulator;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-cert-'));
  beforeEach(async () => {
    site = await startProvisionedEmulator();
  });
  afterEach(() => site.close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('signs in with a certificate (client assertion) instead of a secret', async () => {
    const pems = await generate([{ name: 'commonName', value: 'Cap Mandat' }], { keySize: 2048, algorithm: 'sha256' });
    const file = path.join(dir, 'app.pem');
    fs.writeFileSync(file, `${pems.private}\n${pems.cert}`);
    const { clientSecret: _secret, ...authority } = site.options.entra.authOverrides as Record<string, unknown>;
    const store = await site.open({
      entra: { ...site.options.entra, credential: { kind: 'certificate', certificatePath: file }, authOverrides: authority },
    });
    await store.axis.create({ id: 'axe-a', title: 'Axe', order: 1, color: '#2E7D32' }, ctx);
    expect((await site.emulator.inspectList('Axes')).map((i) => i.fields.CapId)).toEqual(['axe-a']);
  });

  it('asks Entra ID for one token and reuses it (msal caches it)', async () => {
    site.emulator.resetStats();
    const store = await site.open();
    await store.axis.create({ id: 'axe-a', title: 'Axe', order: 1, color: '#2E7D32' }, ctx);
    for (let i = 0; i < 5; i += 1) await store.changeCursor();
    expect(site.emulator.stats().tokensIssued).toBe(1);
    expect(site.emulator.stats().requests).toBeGreaterThan(6);
  });
});
