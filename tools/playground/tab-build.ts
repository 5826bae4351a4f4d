import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cap-mandat-server.process.js';

const BUILT = path.join(REPO_ROOT, 'dist/tab/index.html');
const SOURCES = ['src/tab', 'src/domain', 'vite.config.mts'].map((p) => path.join(REPO_ROOT, p));

// The newest modification time under a folder (or of a file); 0 when it does not exist.
function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), stat.mtimeMs);
}

/** Whether dist/tab is missing or older than the tab's sources. */
export function tabIsStale(): boolean {
  return !fs.existsSync(BUILT) || fs.statSync(BUILT).mtimeMs < Math.max(...SOURCES.map(newest));
}

/** `npm run build:tab` (vite), its output on our terminal; rejects when it fails. */
export function buildTab(): Promise<void> {
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', 'vite.config.mts'], { cwd: REPO_ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the tab's build failed (${signal ?? `code ${String(code)}`})`))));
  });
}
