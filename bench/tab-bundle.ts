import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The package root (bench/ is one level down). */
export const ROOT = path.resolve(__dirname, '..');
export const TAB_DIR = path.join(ROOT, 'dist', 'tab');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** What the vite build produced, in gzip'd kilobytes (zlib default level, as a web server would send it). */
export interface BundleFigures {
  buildMs: number;
  jsFiles: number;
  totalJsKB: number;
  totalJsGzipKB: number;
  /** The entry chunk and everything it imports statically: what index.html preloads before anything shows. */
  entryGzipKB: number;
  largest: { file: string; gzipKB: number }[];
}

const kb = (bytes: number): number => bytes / 1024;

/** Gzip'd size of a built file, in bytes. */
export function gzipBytes(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file)).length;
}

/** Builds the tab with vite (a production build whatever NODE_ENV says); returns how long it took. */
export function buildTab(): number {
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.config.mts', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return performance.now() - started;
}

/** Reads the build's manifest: sizes of every JS file and of the entry's static import closure. */
export function measureBundle(buildMs: number): BundleFigures {
  const manifest = JSON.parse(fs.readFileSync(path.join(TAB_DIR, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('The vite manifest has no entry');
  const closure = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || closure.has(chunk.file)) return;
    closure.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const assets = path.join(TAB_DIR, 'assets');
  const js = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = js.map((f) => ({ file: `assets/${f}`, raw: fs.statSync(path.join(assets, f)).size, gzip: gzipBytes(path.join(assets, f)) }));
  return {
    buildMs,
    jsFiles: js.length,
    totalJsKB: kb(sizes.reduce((n, s) => n + s.raw, 0)),
    totalJsGzipKB: kb(sizes.reduce((n, s) => n + s.gzip, 0)),
    entryGzipKB: kb(sizes.filter((s) => closure.has(s.file)).reduce((n, s) => n + s.gzip, 0)),
    largest: [...sizes].sort((a, b) => b.gzip - a.gzip).slice(0, 6).map((s) => ({ file: s.file, gzipKB: kb(s.gzip) })),
  };
}
