import { buildDemoCommune } from '../src/app/seed/demo-commune.js';
import { seedDemoIfEmpty } from '../src/app/seed/seed-store.js';
import { systemClock } from '../src/adapters/system/system-clock.js';
import type { Action } from '../src/domain/entities/index.js';
import { generateMetropole, METROPOLE_SIZES, type MetropoleSizes } from './generate-metropole.js';
import { loadDataset } from './load-store.js';
import { validateDataset } from './validate-dataset.js';
import { runSharePointScenarios, type SharePointResult } from './sharepoint-scenarios.js';
import { measure, startBenchSite, type GraphCost } from './sharepoint-site.js';

/** Figures of one scale. */
export interface SharePointScaleReport {
  scale: string;
  counts: Record<string, number>;
  load: GraphCost & { ms: number };
  results: SharePointResult[];
}

/**
 * The metropole with fewer measures: the emulator checks unique values by scanning its list, so loading 100,000
 * measures is quadratic there (hours), though SharePoint indexes them. Everything else is at full metropole scale.
 */
export const EMULATOR_METROPOLE_SIZES: MetropoleSizes = { ...METROPOLE_SIZES, measures: 10_000 };

const PAGE_SIZE = 200;

async function runScale(scale: string, load: (store: Awaited<ReturnType<Awaited<ReturnType<typeof startBenchSite>>['open']>>) => Promise<{ counts: Record<string, number>; actions: readonly Action[]; adminId: string }>): Promise<SharePointScaleReport> {
  const site = await startBenchSite();
  try {
    const loader = await site.open();
    const loaded = await measure(site.emulator, () => load(loader));
    const largestList = Math.max(...Object.values(loaded.value.counts));
    process.stdout.write(`  ${scale}: loaded ${Object.values(loaded.value.counts).reduce((a, b) => a + b, 0)} records in ${(loaded.ms / 1000).toFixed(1)} s; measuring…\n`);
    const results = await runSharePointScenarios(site, { ...loaded.value, largestList, pageSize: PAGE_SIZE });
    return { scale, counts: loaded.value.counts, load: { ...loaded.cost, ms: loaded.ms }, results };
  } finally {
    await site.close();
  }
}

/** The SharePoint store on the Graph emulator: the demo commune, then a metropole (measures reduced, see above). */
export async function runSharePointBench(): Promise<SharePointScaleReport[]> {
  const demo = await runScale('demo commune', async (store) => {
    const counts = (await seedDemoIfEmpty(store, systemClock()))!;
    const demo = buildDemoCommune();
    return { counts, actions: demo.actions, adminId: demo.people.find((p) => p.role === 'administrator')!.id };
  });
  const metropole = await runScale(`metropole (${EMULATOR_METROPOLE_SIZES.measures} measures)`, async (store) => {
    const dataset = validateDataset(generateMetropole(20_260_416, EMULATOR_METROPOLE_SIZES));
    await loadDataset(store, dataset, new Date().toISOString());
    const adminId = dataset.person.find((p) => p.role === 'administrator')!.id;
    return { counts: Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length])), actions: dataset.action, adminId };
  });
  return [demo, metropole];
}

/** The figures as a plain-text table. */
export function formatSharePointReport(reports: readonly SharePointScaleReport[]): string {
  const header = ['scale', 'scenario', 'round trips', 'goal', 'met', '$batch members', 'resource units', 'wall ms'];
  const rows = reports.flatMap((r) => [
    [r.scale, 'load (createMany, 20 records then their history per pair of $batch)', String(r.load.roundTrips), '—', '—', String(r.load.innerRequests), String(r.load.resourceUnits), r.load.ms.toFixed(0)],
    ...r.results.map((x) => [
      r.scale,
      x.scenario,
      String(x.roundTrips),
      x.goalRoundTrips === undefined ? '—' : `≤ ${x.goalRoundTrips}`,
      x.met === undefined ? '—' : x.met ? 'yes' : 'no',
      String(x.innerRequests),
      String(x.resourceUnits),
      x.ms.toFixed(1),
    ]),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 || i === 3 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
