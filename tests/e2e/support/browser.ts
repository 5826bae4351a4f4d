import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's chromium, headless, with nothing that phones home (toolchain.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium with a fresh profile (playwright creates a new temporary one per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Requests that left the machine (and were refused) during a test: teams-js tries a CDN, for one. */
export interface BlockedRequests {
  urls: string[];
}

/** A browser context in which every non-local request is aborted and recorded. */
export async function isolatedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; blocked: BlockedRequests }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris', ...options });
  const blocked: BlockedRequests = { urls: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    blocked.urls.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}
