import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { parseEnvText } from '../../tools/package/env-file.js';
import { newestSchemaVersion, validateAgainstBundledSchema } from '../../tools/package/teams-schemas.js';

// `npm run package -- --env dev` for real (npm, tsx, the CLI), against copies of the committed env files.
const ROOT = path.join(__dirname, '..', '..');
const committedDev = fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8');
const sample = parseEnvText(fs.readFileSync(path.join(ROOT, 'env', '.env.sample'), 'utf8')).values;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-package-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** env/.env.dev as provisioning leaves it: every empty value filled (here with the fictitious sample values). */
function provisionedDev(): string {
  return committedDev.replace(/^([A-Z0-9_]+)=$/gm, (line, key: string) => (sample.has(key) ? `${key}=${sample.get(key)}` : line));
}

/** Writes `<dir>/.env.dev` and runs the package script on it; the zip goes to `<dir>/out.zip`. */
function packageDev(name: string, envText: string, extraArgs: string[] = []) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.env.dev'), envText);
  const output = path.join(dir, 'out.zip');
  const run = spawnSync('npm', ['run', '--silent', 'package', '--', '--env', 'dev', '--env-dir', dir, '--output', output, ...extraArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir() },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, output };
}

describe('npm run package -- --env dev', () => {
  it('writes a zip holding the filled manifest, the English file and both icons', async () => {
    const run = packageDev('ok', provisionedDev());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`manifest ${newestSchemaVersion()}`);
    const zip = await JSZip.loadAsync(fs.readFileSync(run.output));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifestText = await zip.file('manifest.json')!.async('string');
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText);
    expect(manifest.id).toBe(sample.get('TEAMS_APP_ID'));
    expect(manifest.bots[0].botId).toBe(sample.get('BOT_ID'));
    expect(manifest.staticTabs[0].contentUrl).toBe(`https://${sample.get('APP_DOMAIN')}/?inTeams=1`);
    expect(validateAgainstBundledSchema(manifest, newestSchemaVersion(), 'manifest')).toEqual([]);
    for (const file of ['color.png', 'outline.png', 'en-us.json']) {
      const packed = await zip.file(file)!.async('nodebuffer');
      expect(packed.equals(fs.readFileSync(path.join(ROOT, 'appPackage', file)))).toBe(true);
    }
  });

  it('writes appPackage/build/appPackage.<env>.zip by default', () => {
    const dir = path.join(work, 'default');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.env.cidefault'), provisionedDev());
    const zip = path.join(ROOT, 'appPackage', 'build', 'appPackage.cidefault.zip');
    fs.rmSync(zip, { force: true });
    try {
      const run = spawnSync('npx', ['tsx', 'tools/package/cli.ts', '--env', 'cidefault', '--env-dir', dir], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(fs.existsSync(zip)).toBe(true);
    } finally {
      fs.rmSync(zip, { force: true });
      const build = path.dirname(zip);
      if (fs.existsSync(build) && fs.readdirSync(build).length === 0) fs.rmdirSync(build);
    }
  });

  it('refuses the committed (unprovisioned) env file, naming every unfilled placeholder, and writes nothing', () => {
    const run = packageDev('unfilled', committedDev);
    expect(run.code).toBe(1);
    for (const name of ['TEAMS_APP_ID', 'APP_DOMAIN', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'DEVELOPER_NAME', 'DEVELOPER_PRIVACY_URL'])
      expect(run.stderr).toContain(`\${{${name}}} is unfilled: ${name} is empty in`);
    expect(run.stderr).toMatch(/^Paquet Teams refusé \/ Teams app package refused:/);
    expect(fs.existsSync(run.output)).toBe(false);
  });

  it('names a variable missing from the env file', () => {
    const run = packageDev('missing', provisionedDev().replace(/^BOT_ID=.*$/m, ''));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('${{BOT_ID}} has no value: BOT_ID is missing from');
    expect(run.stderr).not.toContain('TEAMS_APP_ID');
  });

  it('refuses values that break the schema or the domain rules', () => {
    const env = provisionedDev()
      .replace(/^TEAMS_APP_ID=.*$/m, 'TEAMS_APP_ID=not-a-guid')
      .replace(/^APP_DOMAIN=(.*)$/m, 'APP_DOMAIN=https://$1');
    const run = packageDev('invalid', env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json: \/id must match pattern/);
    expect(run.stderr).toMatch(/validDomains entry "https:\/\/[^"]+" must be a host name/);
  });

  it('names the env file when it does not exist, and explains its usage', () => {
    const run = spawnSync('npm', ['run', '--silent', 'package', '--', '--env', 'nowhere'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('env/.env.nowhere does not exist (environment "nowhere")');
    const usage = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run package -- --env <name>');
  });
});
