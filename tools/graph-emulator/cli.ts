import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseCliArgs } from './cli-args.js';
import { startGraphEmulator } from './index.js';
import { createTestCertificate } from './tls/certificate.js';

/** Reuses the certificate of a previous run so NODE_EXTRA_CA_CERTS stays valid across restarts. */
function loadOrCreateCertificate(dataDir: string): { keyPem: string; certPem: string; caPath: string } {
  mkdirSync(dataDir, { recursive: true });
  const caPath = join(dataDir, 'ca.pem');
  const keyPath = join(dataDir, 'key.pem');
  if (existsSync(caPath) && existsSync(keyPath)) return { keyPem: readFileSync(keyPath, 'utf8'), certPem: readFileSync(caPath, 'utf8'), caPath };
  const created = createTestCertificate();
  writeFileSync(keyPath, created.keyPem, { mode: 0o600 });
  writeFileSync(caPath, created.certPem);
  return { ...created, caPath };
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2));
  const tls = loadOrCreateCertificate(options.dataDir);
  const emulator = await startGraphEmulator({ port: options.port, host: options.host, pageSize: options.pageSize, faults: options.faults, tls });
  const fromCwd = relative(process.cwd(), resolve(tls.caPath));
  const caPath = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? resolve(tls.caPath) : fromCwd;
  const env = [
    'STORE=sharepoint',
    `NODE_EXTRA_CA_CERTS=${caPath}`,
    `GRAPH_BASE_URL=${emulator.graphBaseUrl}`,
    `ENTRA_AUTHORITY_HOST=${emulator.url}`,
    `ENTRA_TENANT_ID=${emulator.tenantId}`,
    `ENTRA_CLIENT_ID=${emulator.clientId}`,
    `ENTRA_CLIENT_SECRET=${emulator.clientSecret}`,
    `SHAREPOINT_SITE=${emulator.siteId}`,
  ];
  process.stdout.write(
    [
      `Graph emulator listening on ${emulator.url} (Graph: ${emulator.graphBaseUrl}, token: ${emulator.url}/${emulator.tenantId}/oauth2/v2.0/token)`,
      `CA certificate: ${caPath}   faults: ${JSON.stringify(options.faults)}`,
      `Site: ${emulator.siteUrl}`,
      'Run the app against it (STORE=sharepoint npm start) with:',
      ...env.map((line) => `  export ${line}`),
      `Stats: curl --cacert ${caPath} ${emulator.url}/_emulator/stats`,
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
