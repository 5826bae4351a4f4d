import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSharePointStore } from '../../src/adapters/sharepoint/index.js';
import { startGraphEmulator } from '../../tools/graph-emulator/index.js';
import { emulatorStoreOptions, startProvisionedEmulator, testCertificate, type ProvisionedEmulator } from '../support/sharepoint-emulator-store.js';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs an entry point with an environment until it exits or `until` matches its output. */
function run(script: string, args: string[], env: Record<string, string>, until?: RegExp): Promise<{ code: number | null; out: string; kill(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, script), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const result = { code: null as number | null, out: '', kill: () => child.kill('SIGTERM') };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${result.out}`));
    }, 60_000);
    const collect = (chunk: Buffer): void => {
      result.out += chunk.toString();
      if (until?.test(result.out)) {
        clearTimeout(timer);
        resolve(result);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      clearTimeout(timer);
      result.code = code;
      resolve(result);
    });
  });
}

describe('STORE=sharepoint from the command line, on the Graph emulator', () => {
  jest.setTimeout(120_000);
  let site: ProvisionedEmulator;
  let env: Record<string, string>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-sp-'));
  beforeAll(async () => {
    site = await startProvisionedEmulator();
    const ca = path.join(dir, 'ca.pem');
    fs.writeFileSync(ca, testCertificate().certPem);
    const { emulator } = site;
    env = {
      STORE: 'sharepoint',
      NODE_EXTRA_CA_CERTS: ca,
      GRAPH_BASE_URL: emulator.graphBaseUrl,
      ENTRA_AUTHORITY_HOST: emulator.url,
      ENTRA_TENANT_ID: emulator.tenantId,
      ENTRA_CLIENT_ID: emulator.clientId,
      ENTRA_CLIENT_SECRET: emulator.clientSecret,
      SHAREPOINT_SITE: emulator.siteUrl,
    };
  });
  afterAll(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('npm run provision finds nothing to do on a provisioned site', async () => {
    const result = await run('src/server/provision.cli.ts', ['--dry-run'], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Nothing to do');
  });

  it('npm run provision on a new site creates the lists and records it in the audit log', async () => {
    const fresh = await startGraphEmulator({ tls: testCertificate() });
    try {
      const freshEnv = { ...env, GRAPH_BASE_URL: fresh.graphBaseUrl, ENTRA_AUTHORITY_HOST: fresh.url, SHAREPOINT_SITE: fresh.siteUrl };
      const result = await run('src/server/provision.cli.ts', [], freshEnv);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Fait / done');
      const store = await openSharePointStore(emulatorStoreOptions(fresh));
      try {
        const [entry] = await store.operations.audit.find({ action: 'site_provisioned' });
        expect(entry).toMatchObject({ actorId: 'system', targetKind: 'site' });
      } finally {
        await store.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it('npm start seeds the demo commune into the empty site and serves it', async () => {
    const server = await run('src/server/main.ts', [], { ...env, PORT: '0' }, /"url":"(http:[^"]+)"/);
    try {
      const url = /"url":"(http:[^"]+)"/.exec(server.out)![1];
      expect(server.out).toContain('demo commune loaded');
      expect((await fetch(`${url}/api/ready`)).status).toBe(200);
      const dashboard = (await (await fetch(`${url}/api/v1/dashboard`)).json()) as { mandate: { collectivityName: string } };
      expect(dashboard.mandate.collectivityName).toMatch(/Valmont/);
      expect((await site.emulator.inspectList('Actions')).length).toBeGreaterThan(100);
    } finally {
      server.kill();
    }
  });

  it('refuses to start without its SharePoint settings, naming them', async () => {
    const result = await run('src/server/main.ts', [], { STORE: 'sharepoint' });
    expect(result.code).toBe(1);
    for (const name of ['SHAREPOINT_SITE', 'ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET']) expect(result.out).toContain(name);
  });
});
