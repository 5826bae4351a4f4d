import type { Browser } from 'playwright-core';
import { AS, startBilanTestServer, type BilanTestServer } from '../support/bilan-test-server';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { isolatedContext, launchChromium } from './support/browser';

let server: BilanTestServer;
let browser: Browser;
let snapshotId: string;

beforeAll(async () => {
  server = await startBilanTestServer();
  browser = await launchChromium();
  snapshotId = (await server.api('/snapshots', { method: 'POST', body: { title: 'Mi-mandat' } })).body.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The public page as a citizen's browser shows it: served by the API (with its security headers), no script, no network. */
async function openPublicPage(query = '', viewport = { width: 1280, height: 900 }) {
  const { context, blocked } = await isolatedContext(browser, { viewport, extraHTTPHeaders: { 'X-Dev-User': AS.reader } });
  const page = await context.newPage();
  const res = await page.goto(`${server.url}/api/v1/exports/public.html${query}`);
  expect(res?.status()).toBe(200);
  return { page, context, blocked };
}

describe('the public page of the bilan', () => {
  it.each([['today', ''], ['a snapshot', 'snapshot']])('from %s has no axe violation (WCAG 2.1 AA and best practices)', async (_name, from) => {
    const { page, context, blocked } = await openPublicPage(from ? `?snapshot=${snapshotId}` : '');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toBe('Bilan de mi-mandat — Ville de Valmont-sur-Loire');
    expect(await page.locator('table:not(:has(caption))').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(blocked.urls).toEqual([]);
    if (!from) await screenshot(page, 'bilan-public', { fullPage: false });
    await context.close();
  });

  it('reads on a phone, and in print, with no axe violation', async () => {
    const { page, context } = await openPublicPage('', { width: 375, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
