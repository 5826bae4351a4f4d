import { screenshot } from './support/artifacts';
import { launchChromium } from './support/browser';
import { until } from './support/eventually';
import { FAKE_SSO_TOKEN, TAB_ORIGIN, openInFakeTeams } from './support/fake-teams-host';
import { startTestServer, type TestServer } from '../support/test-server';
import type { Browser } from 'playwright-core';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const newContext = (width = 1440) => browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR' });

describe('inside Teams (a fake Teams client speaking the teams-js protocol)', () => {
  it('follows the deep link, the Teams locale and theme, and sends the SSO token on every API call', async () => {
    const context = await newContext();
    const { page, tab, seen } = await openInFakeTeams(context, server.url, {
      frameContext: 'content',
      theme: 'dark',
      locale: 'en-us',
      subEntityId: 'action:act-001',
    });
    await tab.locator('h1', { hasText: 'Audit énergétique des neuf groupes scolaires' }).waitFor();
    expect(await tab.locator('html').getAttribute('lang')).toBe('en');
    expect(await tab.getByRole('heading', { name: 'History' }).count()).toBe(1);
    // No demo identity picker inside Teams: the identity comes from the token.
    expect(await tab.getByLabel('Demo identity').count()).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(`Bearer ${FAKE_SSO_TOKEN}`);
      expect(request.headers['x-dev-user']).toBeUndefined();
      expect(request.headers['accept-language']).toBe('en');
    }
    const background = () => tab.locator('main').evaluate((el) => getComputedStyle(el.parentElement as HTMLElement).backgroundColor);
    const dark = await background();
    await screenshot(page, 'teams-dark-action');

    await page.evaluate(() => (window as unknown as { setTeamsTheme(theme: string): void }).setTeamsTheme('contrast'));
    const contrast = await until(background, 'rgb(0, 0, 0)');
    expect(contrast).toBe('rgb(0, 0, 0)');
    expect(contrast).not.toBe(dark);
    await context.close();
  });

  it('offers "share to stage" in a meeting side panel', async () => {
    // A meeting side panel is 320 px wide.
    const context = await newContext(320);
    const { page, tab } = await openInFakeTeams(context, server.url, { frameContext: 'sidePanel', tabPath: '/#/' });
    await tab.getByRole('button', { name: 'Partager sur la scène' }).click();
    await tab.getByText('La présentation est partagée sur la scène de la réunion.').waitFor();
    const shared = await page.evaluate(() => (window as unknown as { sharedToStage: string[] }).sharedToStage);
    expect(shared).toEqual([`${TAB_ORIGIN}/#/meeting`]);
    await screenshot(page, 'teams-side-panel');
    await context.close();
  });

  it('renders the presentation on the meeting stage, with no way out of it', async () => {
    const context = await newContext();
    const { page, tab } = await openInFakeTeams(context, server.url, { frameContext: 'meetingStage', tabPath: '/#/meeting' });
    await tab.locator('[data-slide="1"]').waitFor();
    expect(await tab.getByRole('button', { name: 'Quitter' }).count()).toBe(0);
    expect(await tab.getByRole('navigation').count()).toBe(0);
    await screenshot(page, 'teams-meeting-stage');
    await context.close();
  });

  it('configures a channel or meeting tab: the chosen page is what Teams saves', async () => {
    const context = await newContext();
    const { page, tab } = await openInFakeTeams(context, server.url, { frameContext: 'settings', tabPath: '/config?inTeams=1' });
    await tab.getByRole('radio', { name: 'Feuille de route' }).check();
    await page.evaluate(() => (window as unknown as { pressSave(): void }).pressSave());
    const saved = await until(
      () => page.evaluate(() => (window as unknown as { savedSettings: { contentUrl: string }[] }).savedSettings.length),
      1,
    );
    expect(saved).toBe(1);
    const [settings] = await page.evaluate(() => (window as unknown as { savedSettings: Record<string, string>[] }).savedSettings);
    expect(settings).toMatchObject({ contentUrl: `${TAB_ORIGIN}/?inTeams=1#/roadmap`, entityId: 'capMandat-roadmap' });
    const calls = await until(
      () => page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls.includes('settings.save.success')),
      true,
    );
    expect(calls).toBe(true);
    await screenshot(page, 'teams-configure-tab');
    await context.close();
  });
});
