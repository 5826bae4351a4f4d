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
