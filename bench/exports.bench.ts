import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChromiumPdfRenderer } from '../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import { createBilanServices } from '../src/app/bilan/bilan-services.js';
import type { Identity } from '../src/app/authorization/identity.js';
import type { RoadmapStore } from '../src/ports/store.port.js';
import { generateMetropole } from './generate-metropole.js';
import { loadDataset } from './load-store.js';
import { validateDataset } from './validate-dataset.js';

const SEED = 20_260_416;
/** The goal: every export of the metropole in under 30 s. */
export const EXPORT_GOAL_MS = 30_000;

/** One measured export. */
export interface ExportTiming {
  name: string;
  ms: number;
  /** Size of the file (characters for text, bytes otherwise). */
  size: number;
}

const ADMIN: Identity = { personId: 'bench', displayName: 'Banc de mesure', role: 'administrator', serviceIds: [] };

async function timed(name: string, work: () => Promise<{ size: number }>): Promise<ExportTiming> {
  const started = performance.now();
  const { size } = await work();
  return { name, ms: Math.round(performance.now() - started), size };
}

const sized = async (file: Promise<{ body: Buffer | string }>) => ({ size: (await file).body.length });

/**
 * Times the bilan, the snapshots and every export on a store (the metropole of `npm run bench`), today and from a
 * snapshot. Each figure is one run, Chromium launch included for the PDF.
 */
export async function runExportsBench(store: RoadmapStore, chromiumPath = process.env.CHROMIUM_PATH): Promise<ExportTiming[]> {
  const ids = { next: (prefix: string) => `${prefix}-bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` };
  const clock = { now: () => new Date().toISOString(), today: () => new Date().toISOString().slice(0, 10) };
  const services = createBilanServices(store, clock, ids, { pdf: new ChromiumPdfRenderer({ executablePath: chromiumPath }) });
  const admin = await services.views.of(ADMIN);
  const results: ExportTiming[] = [];
  const run = async (name: string, work: () => Promise<{ size: number }>) => {
    const timing = await timed(name, work);
    results.push(timing);
    process.stdout.write(`  ${name.padEnd(34)} ${(timing.ms / 1000).toFixed(2).padStart(7)} s  ${(timing.size / 1024).toFixed(0).padStart(8)} KiB\n`);
  };
  await run('bilan (JSON)', async () => ({ size: JSON.stringify(await services.bilan.bilan(admin)).length }));
  let snapshotId = '';
  await run('snapshot: take', async () => {
    const taken = await services.snapshots.take(ADMIN, { title: 'Banc de mesure' });
    snapshotId = taken.id;
    return { size: taken.partCount * 60_000 };
  });
  // A fresh service: the read really decodes the parts instead of hitting the cache of the one that took it.
  const fresh = createBilanServices(store, clock, ids, { pdf: new ChromiumPdfRenderer({ executablePath: chromiumPath }) });
  await run('snapshot: read back + verify', async () => ({ size: JSON.stringify((await fresh.snapshots.read(snapshotId)).content).length }));
  await run('snapshot: compare with today', async () => ({ size: JSON.stringify(await fresh.snapshots.compare(admin, snapshotId, 'today')).length }));
  for (const [label, from] of [['today', {}], ['snapshot', { snapshotId }]] as const) {
    await run(`bilan.docx (${label})`, () => sized(services.exports.wordReport(admin, from)));
    await run(`public.html (${label})`, () => sized(services.exports.publicHtml(from)));
    await run(`public.pdf (${label})`, () => sized(services.exports.publicPdf(from)));
    await run(`data.xlsx (${label})`, () => sized(services.exports.dataWorkbook(admin, from)));
    await run(`csv/measure (${label})`, () => sized(services.exports.csv(admin, 'measure', from)));
    await run(`csv/action (${label})`, () => sized(services.exports.csv(admin, 'action', from)));
    await run(`opendata.json (${label})`, () => sized(services.exports.openDataJson(from)));
    await run(`opendata/measure.csv (${label})`, () => sized(services.exports.openDataCsv('measure', from)));
  }
  return results;
}

/** `npx tsx bench/exports.bench.ts`: a fresh metropole in a throw-away SQLite file, then every export timed. */
async function main(): Promise<void> {
  const dataset = validateDataset(generateMetropole(SEED));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-exports-bench-'));
  const store = openSqliteStore(path.join(dir, 'metropole.sqlite'));
  try {
    const load = await loadDataset(store, dataset, new Date().toISOString());
    process.stdout.write(`Metropole loaded in ${(load.totalMs / 1000).toFixed(1)} s (${dataset.action.length} actions, ${dataset.measure.length} measures); exports:\n`);
    const results = await runExportsBench(store);
    const slow = results.filter((r) => r.ms > EXPORT_GOAL_MS);
    process.stdout.write(slow.length ? `\nOver the ${EXPORT_GOAL_MS / 1000} s goal: ${slow.map((r) => r.name).join(', ')}\n` : `\nEvery export under ${EXPORT_GOAL_MS / 1000} s.\n`);
    if (slow.length) process.exitCode = 1;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
