import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/adapters/sqlite/sqlite-store.js';
import type { RoadmapStore } from '../src/ports/store.port.js';
import { startBenchServer, type BenchServer } from './bench-server.js';
import { generateMetropole } from './generate-metropole.js';
import { loadDataset } from './load-store.js';
import { formatTabReport, runTabBench } from './tab-bench.js';

const SEED = 20_260_416;
const RESULTS_FILE = path.join(__dirname, 'results.json');

/**
 * `npx tsx bench/tab-only.ts`: re-measures only the tab against a fresh metropole and replaces the `tab` key of
 * bench/results.json, keeping every other figure (the full `npm run bench` measures it too).
 */
async function main(): Promise<void> {
  const dataset = generateMetropole(SEED);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-tab-bench-'));
  let store: RoadmapStore | undefined;
  let server: BenchServer | undefined;
  try {
    store = openSqliteStore(path.join(dir, 'metropole.sqlite'));
    await loadDataset(store, dataset, new Date().toISOString());
    server = await startBenchServer(store);
    const tab = await runTabBench(server.url, dataset.action.length);
    process.stdout.write(`\n${formatTabReport(tab)}\n`);
    const previous = fs.existsSync(RESULTS_FILE) ? (JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as object) : {};
    const rounded = (_key: string, value: unknown): unknown =>
      typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...previous, tab }, rounded, 2)}\n`);
    process.stdout.write(`\nWritten under "tab" in ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  } finally {
    await server?.close();
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Tab bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
