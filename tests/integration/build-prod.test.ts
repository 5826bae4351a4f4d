import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// SLOW (about 5–10 s): a real TypeScript compilation with tsconfig.build.json, then the compiled entry point.
const ROOT = path.join(__dirname, '..', '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-build-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('production build (slow)', () => {
  let compile: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
    compile = spawnSync(tsc, ['-p', 'tsconfig.build.json', '--outDir', out], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  }, 70_000);

  it('compiles the server with tsconfig.build.json, without errors', () => {
    expect(`${String(compile.stdout)}${String(compile.stderr)}`).toBe('');
    expect(compile.status).toBe(0);
    expect(fs.existsSync(path.join(out, 'src', 'server', 'main.js'))).toBe(true);
  });

  it('leaves the tab, the tests and the tools out of the server build', () => {
    for (const left of ['tests', 'tools', 'bench', path.join('src', 'tab')]) expect(fs.existsSync(path.join(out, left))).toBe(false);
  });

  it('refuses development authentication when started with NODE_ENV=production', () => {
    const run = spawnSync(process.execPath, [path.join(out, 'src', 'server', 'main.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
      // The compiled files live in a temporary folder: resolve dependencies from the repository.
      env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(ROOT, 'node_modules'), NODE_ENV: 'production', AUTH_MODE: 'dev' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('AUTH_MODE="dev": dev authentication is refused when NODE_ENV=production');
    expect(run.stdout).not.toContain('listening');
  });
});

// Docker cannot run here: the Dockerfile's structure, against the path the production smoke step (.ci/run) proves.
describe('Dockerfile (App Service for Containers)', () => {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  // One instruction per entry, continuation lines joined.
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages = instructions.reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : (all.at(-1)!.push(line), all)), []);
  const runtime = stages.at(-1)!;
  const smoke = fs.readFileSync(path.join(ROOT, '.ci', 'prod-smoke.sh'), 'utf8');

  it('builds on and runs from a Debian-based Node image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM node:\d+-(bookworm|trixie)(-slim)?( AS \w+)?$/);
  });

  it("installs Debian's chromium and fonts in the runtime image, and points CHROMIUM_PATH at it", () => {
    const apt = runtime.find((l) => l.startsWith('RUN apt-get'))!;
    expect(apt).toMatch(/apt-get install -y --no-install-recommends .*\bchromium\b/);
    expect(apt).toMatch(/\bfonts-liberation\b/);
    expect(runtime.join('\n')).toMatch(/ENV .*\bCHROMIUM_PATH=\/usr\/bin\/chromium\b/);
    expect(runtime.join('\n')).toMatch(/ENV .*\bNODE_ENV=production\b/);
  });

  it('runs the build, the prune and the start the smoke step runs, in that order', () => {
    const build = stages[0]!.join('\n');
    const order = ['npm ci', 'npm run build', 'npm prune --omit=dev'].map((c) => build.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const command of ['npm run build', 'npm prune --omit=dev']) expect(smoke).toContain(`echo "-- ${command}"`);
    expect(runtime.at(-1)).toBe('CMD ["npm", "run", "start:prod"]');
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'prod-smoke.mjs'), 'utf8')).toContain("spawn('npm', ['run', 'start:prod'");
    // Only the pruned node_modules, the build and package.json reach the runtime image.
    expect(runtime.filter((l) => l.startsWith('COPY')).every((l) => l.includes('--from=build'))).toBe(true);
  });

  it('runs as an unprivileged user', () => {
    const users = runtime.filter((l) => l.startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)(:|$)/);
    expect(runtime.indexOf(users.at(-1)!)).toBeLessThan(runtime.length - 1);
  });

  it('listens where the Bicep tells App Service to forward (WEBSITES_PORT)', () => {
    const bicep = fs.readFileSync(path.join(ROOT, 'infra', 'azure.bicep'), 'utf8');
    const port = /WEBSITES_PORT: '(\d+)'/.exec(bicep)?.[1];
    expect(runtime.join('\n')).toMatch(new RegExp(`PORT=${port}\\b`));
    expect(runtime).toContain(`EXPOSE ${port}`);
  });
});
