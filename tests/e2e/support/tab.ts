import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/test-server';
import { isolatedContext, launchChromium, type BlockedRequests } from './browser';

/** A server on the demo commune, a Chromium, and helpers to open pages of the tab. */
export interface TabHarness {
  server: TestServer;
  browser: Browser;
  /** A new isolated browser context (a second user, another language…). */
  newContext(options?: Parameters<typeof isolatedContext>[1]): Promise<{ context: BrowserContext; blocked: BlockedRequests }>;
  /** Opens a page of the tab (`/roadmap`, `/actions/act-001`…) as a demo person, and waits until it has rendered. */
  open(context: BrowserContext, hashPath: string, options?: { as?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts everything an end-to-end test needs. */
export async function startTab(): Promise<TabHarness> {
  const [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  return {
    server,
    browser,
    newContext: (options) => isolatedContext(browser, options),
    async open(context, hashPath, options = {}) {
      const page = await context.newPage();
      if (options.as) await page.addInitScript((id) => window.localStorage.setItem('capMandat.devUser', id), options.as);
      await page.goto(`${server.url}/#${hashPath}`);
      await page.locator('h1').first().waitFor();
      await waitForQuiet(page);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until no spinner shows and the network has settled (lazy chunks, API calls). */
export async function waitForQuiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.fui-Spinner').first().waitFor({ state: 'detached', timeout: 10_000 });
  await page.waitForLoadState('networkidle');
}
