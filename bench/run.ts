import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import type { RoadmapStore } from '../src/ports/store.port.js';
import { startBenchServer, type BenchServer } from './bench-server.js';
import { DATASET_KINDS, generateMetropole, type DatasetKind } from './generate-metropole.js';
import { loadDataset } from './load-store.js';
import { describeMachine, formatReport, writeReport, type BenchReport } from './report.js';
import { runScenarios } from './scenarios.js';
import { DISPATCH_BENCH_RATE, DISPATCH_STRESS_RATE, formatDispatchReport, runDispatchBench } from './campaign-dispatch.bench.js';
import { EXPORT_GOAL_MS, runExportsBench } from './exports.bench.js';
import { formatRecoveryReport, runRecoveryBench } from './recovery.bench.js';
import { formatSharePointReport, runSharePointBench } from './sharepoint-bench.js';
import { formatTabReport, runTabBench } from './tab-bench.js';
import { validateDataset } from './validate-dataset.js';

const SEED = 20_260_416;
// The package is CommonJS (no "type": "module"), so __dirname is this folder.
const RESULTS_FILE = path.join(__dirname, 'results.json');

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
};

const fileMB = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size / 1024 ** 2 : 0);

/** The SharePoint store on the Graph emulator; its figures go under `sharepoint` in results.json, beside SQLite's. */
async function sharePoint(report: object): Promise<void> {
  process.stdout.write('\nSharePoint store on the Graph emulator…\n');
  const sharepoint = await runSharePointBench();
  process.stdout.write(`\n${formatSharePointReport(sharepoint)}\n`);
  writeReport(RESULTS_FILE, { ...(report as BenchReport), sharepoint } as BenchReport);
}

/**
 * The campaign send (5,000 recipients on the fake Bot Connector) and card actions, at the bench's pace (figures under
 * `dispatch`) and at the stress pace (`dispatchStress`).
 */
async function dispatch(): Promise<void> {
  const progress = (line: string): boolean => process.stdout.write(`  ${line}\n`);
  process.stdout.write(`\nCampaign send on the fake Bot Connector at ${DISPATCH_BENCH_RATE}/s…\n`);
  const result = await runDispatchBench({ progress });
  process.stdout.write(`\n${formatDispatchReport(result)}\n`);
  process.stdout.write(`\nThe same at ${DISPATCH_STRESS_RATE}/s…\n`);
  const stress = await runDispatchBench({ ratePerSecond: DISPATCH_STRESS_RATE, progress });
  process.stdout.write(`\n${formatDispatchReport(stress)}\n`);
  writeReport(RESULTS_FILE, { ...(readReport() as BenchReport), dispatch: result, dispatchStress: stress } as BenchReport);
}

/** Recovery after a hard kill of a dispatcher process, with the default lease (figures under `recovery`). */
async function recovery(): Promise<void> {
  process.stdout.write('\nRecovery after a hard kill of the dispatcher (default lease)…\n');
  const result = await runRecoveryBench((line) => process.stdout.write(`  ${line}\n`));
  process.stdout.write(`\n${formatRecoveryReport(result)}\n`);
  writeReport(RESULTS_FILE, { ...(readReport() as BenchReport), recovery: result } as BenchReport);
}

const readReport = (): object => (fs.existsSync(RESULTS_FILE) ? (JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as object) : {});

/**
 * `npm run bench [-- --sharepoint-only | --dispatch-only | --recovery-only | --no-sharepoint | --no-dispatch |
 * --no-recovery]`: SQLite at metropole scale (API, exports, tab), the campaign send, recovery after a crash, then SharePoint.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--dispatch-only')) return dispatch();
  if (args.includes('--recovery-only')) return recovery();
  // Re-measuring SharePoint alone keeps the SQLite figures already in results.json.
  if (args.includes('--sharepoint-only')) return sharePoint(JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as object);
  await sqlite();
  if (!args.includes('--no-dispatch')) await dispatch();
  if (!args.includes('--no-recovery')) await recovery();
  if (!args.includes('--no-sharepoint')) await sharePoint(JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as object);
}

/** Generates a metropole, loads it into a throw-away SQLite store, serves it over loopback and times the API. */
async function sqlite(): Promise<void> {
  const [raw, generateMs] = timed(() => generateMetropole(SEED));
  const [dataset, validateMs] = timed(() => validateDataset(raw));
  const counts = Object.fromEntries(DATASET_KINDS.map((k) => [k, dataset[k].length])) as Record<DatasetKind, number>;
  process.stdout.write(`Generated and validated ${Object.values(counts).reduce((a, b) => a + b, 0)} records; loading…\n`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-bench-'));
  const file = path.join(dir, 'metropole.sqlite');
  let store: RoadmapStore | undefined;
  let server: BenchServer | undefined;
  try {
    store = openSqliteStore(file);
    const load = await loadDataset(store, dataset, new Date().toISOString());
    const storeFileMB = fileMB(file);
    const walMB = fileMB(`${file}-wal`);
    server = await startBenchServer(store);
    process.stdout.write(`Loaded in ${(load.totalMs / 1000).toFixed(2)} s; measuring ${server.url}…\n\n`);
    const results = await runScenarios(server.url, { axes: dataset.axis.length, actions: dataset.action });
    // The tab against the same metropole (`--no-tab` skips it); its figures go under `tab`.
    const tab = await runTabBench(server.url, dataset.action.length);
    // Every export of the bilan, from today and from a snapshot (goal: under 30 s each).
    const exports = await runExportsBench(store);
    const report: BenchReport = {
      at: new Date().toISOString(),
      machine: describeMachine(),
      dataset: { seed: SEED, counts },
      generateMs,
      validateMs,
      load: { totalMs: load.totalMs, byKindMs: load.byKind, storeFileMB, walMB },
      roadmapKB: results.roadmapBytes / 1024,
      operations: results.operations,
    };
    const exportLines = exports.map((e) => `  ${e.name}: ${(e.ms / 1000).toFixed(1)} s${e.ms > EXPORT_GOAL_MS ? ' (over the 30 s goal)' : ''}`);
    process.stdout.write(`${formatReport(report)}\n\n${formatTabReport(tab)}\n\nExports (metropole):\n${exportLines.join('\n')}\n`);
    // The other sections (SharePoint, dispatch) keep their last figures until they are measured again.
    writeReport(RESULTS_FILE, { ...readReport(), ...report, tab, exports } as BenchReport);
    process.stdout.write(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  } finally {
    await server?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
