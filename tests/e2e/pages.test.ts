import type { BrowserContext } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { startTab, type TabHarness } from './support/tab';

/** Every page of the tab, with what proves it rendered its data. */
const PAGES = [
  { name: 'dashboard', path: '/', heading: 'Tableau de bord', shows: 'text=Avancement par axe' },
  { name: 'roadmap', path: '/roadmap', heading: 'Feuille de route', shows: '[role="treeitem"][data-row-kind="action"]', docs: true },
  { name: 'roadmap-table', path: '/roadmap?view=table', heading: 'Feuille de route', shows: '[role="row"][data-row-kind="action"]' },
  { name: 'action', path: '/actions/act-001', heading: 'Audit énergétique des neuf groupes scolaires', shows: 'text=Historique' },
  { name: 'commitments', path: '/commitments', heading: 'Engagements', shows: 'tr[data-commitment="eng-1-1"]' },
  { name: 'indicators', path: '/indicators', heading: 'Indicateurs', shows: '[data-indicator="ind-01"]' },
  { name: 'indicator', path: '/indicators/ind-01', heading: 'Consommation d’énergie des groupes scolaires (12 mois glissants)', shows: '[data-testid="measures-table"]' },
  { name: 'meeting', path: '/meeting', heading: 'Mode réunion', shows: '[data-slide="1"]', docs: true },
  { name: 'admin', path: '/admin', heading: 'Administration', shows: 'tr[data-person="pers-marc-tessier"]' },
];

let tab: TabHarness;
let context: BrowserContext;
let blocked: string[];

beforeAll(async () => {
  tab = await startTab();
  const isolated = await tab.newContext();
  context = isolated.context;
  blocked = isolated.blocked.urls;
});
afterAll(async () => {
  await tab.close();
});

describe('every page of the tab', () => {
  it.each(PAGES)('$name loads its data, has no axe violation, and is kept as a screenshot', async ({ name, path, heading, shows, docs }) => {
    const page = await tab.open(context, path);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect(page.locator('h1').filter({ hasText: heading }).count()).resolves.toBe(1);
    await page.locator(shows).first().waitFor();
    await screenshot(page, name, { docs });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the configurable tab’s configuration page (/config) accessibly too', async () => {
    const page = await context.newPage();
    await page.goto(`${tab.server.url}/config`);
    await page.locator('h1', { hasText: 'Configurer l’onglet Cap Mandat' }).waitFor();
    await screenshot(page, 'config');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('stays in browser mode outside Teams, only ever trying to reach Microsoft’s CDN (blocked here)', () => {
    expect(blocked.every((url) => new URL(url).hostname.endsWith('cdn.office.net'))).toBe(true);
  });

  it('passes axe in the dark and high-contrast themes too', async () => {
    for (const theme of ['dark', 'contrast']) {
      const page = await context.newPage();
      await page.goto(`${tab.server.url}/?theme=${theme}#/`);
      await page.locator('text=Avancement par axe').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `dashboard-${theme}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
