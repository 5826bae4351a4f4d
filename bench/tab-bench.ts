import fs from 'node:fs';
import { summarize, type Summary } from './stats.js';
import { buildTab, measureBundle, TAB_DIR, type BundleFigures } from './tab-bundle.js';
import { coldLoads, filterChanges, firstPageJs, launch } from './tab-browser.js';

/** Goals of issue 4. */
export const TAB_GOALS = { firstPageJsGzipKB: 250, roadmapInteractiveMs: 1500, filterChangeMs: 100 } as const;

interface Timed extends Summary {
  goalP50Ms?: number;
  met?: boolean;
}

/** What `npm run bench` writes under `tab` in results.json. */
export type TabBenchResults =
  | { skipped: string }
  | {
      /** Actions in the roadmap the tab loaded. */
      actions: number;
      bundle: BundleFigures;
      firstPage: { jsGzipKB: number; goalKB: number; met: boolean; files: string[] };
      dashboardInteractive: Timed;
      roadmapInteractive: Timed;
      filterChange: Timed;
    };

const RUNS = { cold: 5, filter: 20 } as const;

const timed = (durations: number[], goal?: number): Timed => {
  const summary = summarize(durations);
  return goal === undefined ? summary : { ...summary, goalP50Ms: goal, met: summary.p50 <= goal };
};

/** Builds the tab, measures its bundle, then times it in headless Chromium against the server at `url` (the metropole). */
export async function runTabBench(url: string, actions: number): Promise<TabBenchResults> {
  if (process.argv.includes('--no-tab')) return { skipped: '--no-tab' };
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return { skipped: `no Chromium at ${chromium} (apt-get install -y chromium fonts-liberation)` };
  process.stdout.write('\nBuilding the tab and timing it in headless Chromium…\n');
  const bundle = measureBundle(buildTab());
  if (!fs.existsSync(`${TAB_DIR}/index.html`)) return { skipped: 'the tab did not build' };
  const browser = await launch();
  try {
    const first = await firstPageJs(browser, url);
    const dashboard = await coldLoads(browser, url, '/', 'text=Avancement par axe', RUNS.cold);
    const roadmap = await coldLoads(browser, url, '/roadmap', '[data-row-kind="action"]', RUNS.cold);
    const filters = await filterChanges(browser, url, RUNS.filter);
    return {
      actions,
      bundle,
      firstPage: { jsGzipKB: first.gzipKB, goalKB: TAB_GOALS.firstPageJsGzipKB, met: first.gzipKB <= TAB_GOALS.firstPageJsGzipKB, files: first.files },
      dashboardInteractive: timed(dashboard),
      roadmapInteractive: timed(roadmap, TAB_GOALS.roadmapInteractiveMs),
      filterChange: timed(filters, TAB_GOALS.filterChangeMs),
    };
  } finally {
    await browser.close();
  }
}

const ms = (v: number): string => v.toFixed(0);

/** The tab's figures as a few lines of text. */
export function formatTabReport(tab: TabBenchResults): string {
  if ('skipped' in tab) return `Tab: not measured (${tab.skipped})`;
  const yes = (met: boolean | undefined): string => (met ? 'met' : 'NOT met');
  return [
    `Tab bundle: ${tab.bundle.jsFiles} JS files, ${tab.bundle.totalJsGzipKB.toFixed(0)} KB gzip in all (${tab.bundle.totalJsKB.toFixed(0)} KB raw); entry and its static imports ${tab.bundle.entryGzipKB.toFixed(0)} KB gzip; built in ${(tab.bundle.buildMs / 1000).toFixed(1)} s`,
    `First page (dashboard) JavaScript, lazy chunks included: ${tab.firstPage.jsGzipKB.toFixed(0)} KB gzip in ${tab.firstPage.files.length} files (goal ≤ ${tab.firstPage.goalKB} KB: ${yes(tab.firstPage.met)})`,
    `Dashboard interactive, cold: p50 ${ms(tab.dashboardInteractive.p50)} ms, p95 ${ms(tab.dashboardInteractive.p95)} ms`,
    `Roadmap of ${tab.actions} actions interactive, cold: p50 ${ms(tab.roadmapInteractive.p50)} ms, p95 ${ms(tab.roadmapInteractive.p95)} ms (goal ≤ ${TAB_GOALS.roadmapInteractiveMs} ms: ${yes(tab.roadmapInteractive.met)})`,
    `Roadmap filter change re-rendered: p50 ${ms(tab.filterChange.p50)} ms, p95 ${ms(tab.filterChange.p95)} ms over ${tab.filterChange.runs} changes (goal ≤ ${TAB_GOALS.filterChangeMs} ms: ${yes(tab.filterChange.met)})`,
  ].join('\n');
}
