import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const MAIN = path.join(__dirname, '..', '..', 'src', 'server', 'main.ts');
const TSX = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real entry point with an environment; resolves when it exits or when `until` matches stdout. */
function runMain(env: Record<string, string>, until?: RegExp): Promise<Run & { kill(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const run = { code: null as number | null, stdout: '', stderr: '', kill: () => child.kill('SIGTERM') };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; stdout: ${run.stdout} stderr: ${run.stderr}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      if (until?.test(run.stdout)) {
        clearTimeout(timer);
        resolve(run);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      run.code = code;
      resolve(run);
    });
  });
}

// Each test starts the real entry point through tsx: seconds each on a loaded machine (runMain bounds it at 30 s).
jest.setTimeout(40_000);

describe('starting the server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-start-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses development authentication in production and names the setting', async () => {
    const run = await runMain({ NODE_ENV: 'production', AUTH_MODE: 'dev', SQLITE_PATH: path.join(dir, 'prod.db') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('AUTH_MODE');
    expect(run.stderr).toContain('NODE_ENV=production');
    expect(run.stdout).not.toContain('listening');
  });

  it('refuses development identities on a non-loopback address, naming HOST', async () => {
    // Resolves on the listening line too, so that a server that wrongly starts fails the test at once.
    const run = await runMain({ HOST: '0.0.0.0', PORT: '0', AUTH_MODE: 'dev', SQLITE_PATH: path.join(dir, 'open.db'), SEED_DEMO: 'false' }, /listening/);
    run.kill();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOST="0.0.0.0": not a loopback address: AUTH_MODE=dev answers only on 127.0.0.0/8, ::1 or localhost');
    expect(run.stdout).not.toContain('listening');
  });

  it('refuses development identities beside a bot identity, naming MicrosoftAppId', async () => {
    const run = await runMain({
      PORT: '0',
      AUTH_MODE: 'dev',
      MicrosoftAppId: '44444444-4444-4444-8444-444444444444',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppPassword: 'local-bot-secret',
      MicrosoftAppTenantId: '11111111-1111-4111-8111-111111111111',
      SQLITE_PATH: path.join(dir, 'dev-bot.db'),
      SEED_DEMO: 'false',
    }, /listening/);
    run.kill();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('MicrosoftAppId="44444444-4444-4444-8444-444444444444": a bot identity is configured');
    expect(run.stderr).not.toContain('local-bot-secret');
    expect(run.stdout).not.toContain('listening');
  });

  it('says so when its port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as net.AddressInfo).port);
      const run = await runMain({ PORT: port, SQLITE_PATH: path.join(dir, 'busy.db'), SEED_DEMO: 'false' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
      expect(run.stderr).toContain('EADDRINUSE');
    } finally {
      taken.close();
    }
  });

  it('refuses to start on bad settings, naming each of them', async () => {
    const run = await runMain({ PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT="eighty"');
    expect(run.stderr).toContain('LOG_LEVEL="chatty"');
  });

  it('starts on an empty store, loads the demo commune and answers', async () => {
    const run = await runMain({ PORT: '0', SQLITE_PATH: path.join(dir, 'demo.db') }, /"url":"(http:[^"]+)"/);
    try {
      const url = /"url":"(http:[^"]+)"/.exec(run.stdout)![1];
      expect(run.stdout).toContain('demo commune loaded');
      const health = await fetch(`${url}/api/ready`);
      expect(health.status).toBe(200);
      const dashboard = (await (await fetch(`${url}/api/v1/dashboard`)).json()) as { mandate: { collectivityName: string } };
      expect(dashboard.mandate.collectivityName).toMatch(/Valmont/);
    } finally {
      run.kill();
    }
  });

  it('refuses to start in production with an anonymous bot and names the setting', async () => {
    const run = await runMain({
      NODE_ENV: 'production',
      AUTH_MODE: 'entra',
      ENTRA_SSO_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
      ENTRA_ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111',
      SQLITE_PATH: path.join(dir, 'prod-bot.db'),
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('MicrosoftAppId=""');
  });

  it('starts in production with Teams SSO and refuses a request without a token', async () => {
    const run = await runMain(
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        AUTH_MODE: 'entra',
        ENTRA_SSO_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
        ENTRA_ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111',
        MicrosoftAppId: '44444444-4444-4444-8444-444444444444',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: '11111111-1111-4111-8111-111111111111',
        SQLITE_PATH: path.join(dir, 'prod-entra.db'),
      },
      /"url":"(http:[^"]+)"/,
    );
    try {
      const url = /"url":"(http:[^"]+)"/.exec(run.stdout)![1];
      expect(run.stdout).not.toContain('AUTH_MODE=dev');
      // SEED_DEMO unset: production never loads the demo commune into the commune's store.
      expect(run.stdout).not.toContain('demo commune loaded');
      const me = await fetch(`${url}/api/v1/me`);
      expect(me.status).toBe(401);
      expect(((await me.json()) as { error: { code: string } }).error.code).toBe('token_missing');
      expect((await fetch(`${url}/api/v1/dev/identities`, { headers: { 'X-Dev-User': 'pers-marc-tessier' } })).status).toBe(401);
      // The bot has an identity in production: an activity without a Bot Framework token is refused.
      const activity = { type: 'message', text: 'aide', serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', from: { id: '29:x' }, conversation: { id: 'a:1' }, recipient: { id: '28:bot' } };
      const bot = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(bot.status).toBe(401);
    } finally {
      run.kill();
    }
  });
});
