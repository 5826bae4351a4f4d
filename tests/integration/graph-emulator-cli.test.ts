import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../tools/graph-emulator/cli-args.js';
import { trustCertificate } from '../support/tls-trust.js';

describe('graph emulator CLI', () => {
  it('parses its flags and refuses unknown ones', () => {
    expect(parseCliArgs(['--port', '9443', '--faults', '0.15', '--retry-after', '0', '--seed', '3'])).toEqual({
      port: 9443, host: '127.0.0.1', dataDir: 'data/graph-emulator', faults: { failureRate: 0.15, retryAfterSeconds: 0, seed: 3 },
    });
    expect(parseCliArgs([]).port).toBe(8443);
    expect(() => parseCliArgs(['--faults', '2'])).toThrow(/--faults/);
    expect(() => parseCliArgs(['--nope'])).toThrow(/Unknown option/);
  });

  it('starts, writes ca.pem, prints the env vars for STORE=sharepoint and serves https with that certificate', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
    let child: ChildProcessWithoutNullStreams | undefined;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', 'tools/graph-emulator/cli.ts', '--port', '0', '--data-dir', dataDir], { cwd: process.cwd() });
      const running = child;
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        running.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Stats:')) resolve(text);
        });
        running.once('exit', (code) => reject(new Error(`exited ${String(code)}: ${text}`)));
      });
      for (const name of ['STORE=sharepoint', 'NODE_EXTRA_CA_CERTS=', 'GRAPH_BASE_URL=https://127.0.0.1:', 'ENTRA_TENANT_ID=', 'ENTRA_CLIENT_ID=', 'ENTRA_CLIENT_SECRET=', 'SHAREPOINT_SITE=contoso.sharepoint.com,']) {
        expect(output).toContain(name);
      }
      const url = /listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      trustCertificate(readFileSync(join(dataDir, 'ca.pem'), 'utf8'));
      expect((await fetch(`${url}/_emulator/stats`)).status).toBe(200);
    } finally {
      child?.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 15_000);
});
