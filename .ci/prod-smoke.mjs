// The checks of the production smoke step (.ci/prod-smoke.sh), run with tsx from the repository:
//   tsx .ci/prod-smoke.mjs <pruned copy>
// Starts `npm run start:prod` in the pruned copy as production runs it (NODE_ENV=production, Teams SSO with placeholder
// ids, a bot identity, SQLite), with a local stand-in for Entra's key endpoint (https, as ENTRA_AUTHORITY_HOST must be)
// so that one signed-in request can fetch the public PDF. The demo commune is loaded because SEED_DEMO=true is asked
// for explicitly: production never seeds on its own. Exits 1 on the first failed check; always stops the server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createTestCertificate } from '../tools/graph-emulator/tls/certificate.ts';

const app = process.argv[2];
if (!app || !fs.existsSync(path.join(app, 'dist', 'src', 'server', 'main.js'))) {
  console.error('usage: tsx .ci/prod-smoke.mjs <built and pruned copy of the repository>');
  process.exit(2);
}
const TENANT = '00000000-0000-4000-8000-0000000000a1';
const SSO_CLIENT_ID = '00000000-0000-4000-8000-0000000000a2';
const BOT_ID = '00000000-0000-4000-8000-0000000000a3';
const USER_OID = '00000000-0000-4000-8000-0000000000a4';

/** Entra's JWKS endpoint for one tenant, on https with a certificate of its own. */
async function startKeys() {
  const key = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(key.publicKey)), kid: 'smoke', alg: 'RS256', use: 'sig' };
  const { keyPem, certPem } = createTestCertificate();
  const server = https.createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const found = req.url === `/${TENANT}/discovery/v2.0/keys`;
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' }).end(found ? JSON.stringify({ keys: [jwk] }) : '{}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { key, certPem, host: `https://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Starts the production server from the pruned copy; resolves with its URL once it says it listens. */
function startServer(env) {
  const child = spawn('npm', ['run', 'start:prod', '--silent'], { cwd: app, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  };
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within 60 s:\n${out}`)), 60_000);
    const read = (chunk) => {
      out += chunk.toString();
      const url = /"url":"(http:[^"]+)"/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run start:prod exited with ${code} before listening:\n${out}`));
    });
  });
  return { ready, stop, log: () => out };
}

const checks = [];
function check(what, ok, detail = '') {
  if (!ok) throw new Error(`FAILED: ${what}${detail ? ` (${detail})` : ''}`);
  checks.push(what);
  console.log(`ok  ${what}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-smoke-run-'));
const keys = await startKeys();
const caFile = path.join(dir, 'entra-stand-in.pem');
fs.writeFileSync(caFile, keys.certPem);
const server = startServer({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? dir,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  AUTH_MODE: 'entra',
  ENTRA_SSO_CLIENT_ID: SSO_CLIENT_ID,
  ENTRA_ALLOWED_TENANT_IDS: TENANT,
  ENTRA_AUTHORITY_HOST: keys.host,
  NODE_EXTRA_CA_CERTS: caFile,
  MicrosoftAppId: BOT_ID,
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: TENANT,
  STORE: 'sqlite',
  SQLITE_PATH: path.join(dir, 'smoke.db'),
  SEED_DEMO: 'true',
});
let failed = false;
try {
  const url = await server.ready;
  check(`npm run start:prod listens (${url})`, true);
  check('the demo commune was loaded because SEED_DEMO=true asked for it', server.log().includes('demo commune loaded'));

  const health = await fetch(`${url}/api/health`);
  check('GET /api/health answers 200', health.status === 200, `status ${health.status}`);

  const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
  const html = await page.text();
  check('GET / serves the tab (HTML)', page.status === 200 && /text\/html/.test(page.headers.get('content-type') ?? '') && /<div id="root"|<script/.test(html), `status ${page.status}`);
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
  check('the tab page names its JavaScript bundle', script !== undefined && !html.includes('npm run build:tab'));
  const asset = await fetch(new URL(script, url));
  check(`GET ${script} serves JavaScript`, asset.status === 200 && /javascript/.test(asset.headers.get('content-type') ?? '') && (await asset.text()).length > 1000, `status ${asset.status}`);

  const anonymous = await fetch(`${url}/api/v1/roadmap`);
  check('an anonymous GET /api/v1/roadmap gets 401', anonymous.status === 401, `status ${anonymous.status}`);
  const devHeader = await fetch(`${url}/api/v1/roadmap?as=pers-marc-tessier`, { headers: { 'X-Dev-User': 'pers-marc-tessier' } });
  check('a development identity (X-Dev-User, ?as=) gets 401', devHeader.status === 401, `status ${devHeader.status}`);

  const token = await new SignJWT({ tid: TENANT, oid: USER_OID, scp: 'access_as_user', name: 'Smoke Test' })
    .setProtectedHeader({ alg: 'RS256', kid: 'smoke' })
    .setIssuer(`${keys.host}/${TENANT}/v2.0`)
    .setAudience(SSO_CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(keys.key.privateKey);
  const auth = { authorization: `Bearer ${token}` };
  const roadmap = await fetch(`${url}/api/v1/roadmap`, { headers: auth });
  check('a Teams SSO token signed by the tenant gets GET /api/v1/roadmap (200)', roadmap.status === 200, `status ${roadmap.status}: ${await roadmap.text().then((t) => t.slice(0, 200))}`);
  const pdf = await fetch(`${url}/api/v1/exports/public.pdf`, { headers: auth });
  const body = Buffer.from(await pdf.arrayBuffer());
  check(
    'GET /api/v1/exports/public.pdf answers a PDF printed by Chromium',
    pdf.status === 200 && pdf.headers.get('content-type') === 'application/pdf' && body.subarray(0, 5).toString() === '%PDF-' && body.length > 5000,
    `status ${pdf.status}, ${body.length} bytes: ${body.subarray(0, 200).toString()}`,
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`--- server output ---\n${server.log()}`);
} finally {
  server.stop();
  keys.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`production smoke: ${failed ? `FAILED after ${checks.length} passed checks` : `${checks.length} checks passed`}`);
process.exit(failed ? 1 : 0);
