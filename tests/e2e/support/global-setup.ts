import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BUILT = path.join(ROOT, 'dist/tab/index.html');

/** The newest modification time under a folder (or of a file). */
function newest(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), stat.mtimeMs);
}

/** Builds the tab when dist/tab is missing or older than its sources, so the tests always drive the current code. */
export default function globalSetup(): void {
  const sources = Math.max(newest(path.join(ROOT, 'src/tab')), newest(path.join(ROOT, 'vite.config.mts')));
  if (fs.existsSync(BUILT) && fs.statSync(BUILT).mtimeMs >= sources) return;
  process.stdout.write('\n[e2e] building the tab (vite build)…\n');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
