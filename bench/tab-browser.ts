import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TAB_DIR, gzipBytes } from './tab-bundle.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's chromium with a fresh profile. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

/** A context with an empty cache in which every request off the machine is refused. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort('blockedbyclient');
  });
  return context;
}

/** The JavaScript the first page (the dashboard) downloads, lazy chunks included, gzip'd. */
export async function firstPageJs(browser: Browser, url: string): Promise<{ gzipKB: number; files: string[] }> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) files.add(pathname.slice(1));
  });
  await page.goto(`${url}/#/`);
  await page.getByText('Avancement par axe').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const list = [...files].sort();
  const bytes = list.reduce((n, f) => n + gzipBytes(path.join(TAB_DIR, f)), 0);
  if (list.some((f) => !fs.existsSync(path.join(TAB_DIR, f)))) throw new Error('The page loaded files that are not in dist/tab');
  return { gzipKB: bytes / 1024, files: list };
}

/** Milliseconds from navigation start until `selector` is shown and the page answers the next frame (it is interactive). */
async function timeUntilInteractive(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor({ timeout: 30_000 });
  return page.evaluate<number>('new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))');
}

/** Cold loads of a page (fresh context each time: no cache), timed to interactive. */
export async function coldLoads(browser: Browser, url: string, hash: string, selector: string, runs: number): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(`${url}/#${hash}`);
    durations.push(await timeUntilInteractive(page, selector));
    await context.close();
  }
  return durations;
}

/**
 * In-page: clicks "late only" and resolves with the milliseconds until the first frame painted after the shown-count
 * changed. A string, not a function: tsx's helpers (`__name`) do not exist in the page.
 */
const TOGGLE_LATE_AND_TIME = `new Promise((resolve, reject) => {
  const status = [...document.querySelectorAll('[role="status"]')].find((e) => /affich/.test(e.textContent || ''));
  const toggle = document.querySelector('input[role="switch"]');
  if (!status || !toggle) return reject(new Error('The roadmap filters are not on the page'));
  const before = status.textContent;
  const started = performance.now();
  toggle.click();
  const check = () => {
    if (status.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - started));
    else if (performance.now() - started > 5000) reject(new Error('The filter change did not re-render'));
    else requestAnimationFrame(check);
  };
  check();
})`;

/**
 * Filter changes on the roadmap, timed inside the page from the click to the first frame painted after the shown-count
 * changed (the tree re-rendered); alternates "late only" on and off.
 */
export async function filterChanges(browser: Browser, url: string, runs: number): Promise<number[]> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}/#/roadmap`);
  await timeUntilInteractive(page, '[data-row-kind="action"]');
  const durations: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const ms = await page.evaluate<number>(TOGGLE_LATE_AND_TIME);
    // The first two are warm-up (lazy code, JIT).
    if (i >= 2) durations.push(ms);
    await page.waitForTimeout(100);
  }
  await context.close();
  return durations;
}
