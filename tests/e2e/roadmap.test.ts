import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { eventually, until, untilContains } from './support/eventually';
import { startTab, type TabHarness } from './support/tab';

let tab: TabHarness;
let context: BrowserContext;

beforeAll(async () => {
  tab = await startTab();
  context = (await tab.newContext()).context;
});
afterAll(async () => {
  await tab.close();
});

const actionRows = (page: Page) => page.locator('[role="treeitem"][data-row-kind="action"]');
const shownCount = async (page: Page): Promise<number> => Number(/^(\d+)/.exec((await page.getByRole('status').filter({ hasText: /affichée/ }).innerText()).replace(/\s/g, ''))?.[1]);

describe('filtering the roadmap', () => {
  it('shows only late actions, as many as the API counts, and keeps the filter in the address', async () => {
    const late = (await tab.server.api('/roadmap?late=true')).body.counts.total as number;
    const total = (await tab.server.api('/roadmap')).body.counts.total as number;
    const page = await tab.open(context, '/roadmap');
    expect(await shownCount(page)).toBe(total);

    await page.getByRole('switch', { name: 'En retard uniquement' }).check();
    expect(await until(() => shownCount(page), late)).toBe(late);
    expect(page.url()).toContain('late=1');
    const lateBadges = await page.locator('[role="treeitem"][data-row-kind="action"]').filter({ hasText: 'j de retard' }).count();
    expect(lateBadges).toBe(await actionRows(page).count());
    await screenshot(page, 'roadmap-late');

    await page.reload();
    await actionRows(page).first().waitFor();
    expect(await shownCount(page)).toBe(late);
    await page.close();
  });

  it('combines a search and an axis filter, and clears them', async () => {
    const total = (await tab.server.api('/roadmap')).body.counts.total as number;
    const page = await tab.open(context, '/roadmap');
    await page.getByRole('searchbox').fill('écoles');
    expect(await untilContains(() => page.url(), 'q=')).toContain('q=');
    const searched = await eventually(() => shownCount(page), (n) => n < total);
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan(total);
    expect(await actionRows(page).first().innerText()).toMatch(/école|scolaire/i);

    await page.getByRole('combobox', { name: 'Axe' }).click();
    await page.getByRole('option', { name: 'Transition écologique' }).click();
    expect(await untilContains(() => page.url(), 'axis=axe-1')).toContain('axis=axe-1');
    expect(await shownCount(page)).toBeLessThanOrEqual(searched);
    const axes = await page.locator('[role="treeitem"][aria-level="1"]').allInnerTexts();
    expect(axes).toHaveLength(1);
    expect(axes[0]).toContain('Transition écologique');

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    expect(await until(() => shownCount(page), total)).toBe(total);
    await page.close();
  });

  it('walks the tree with the keyboard and opens an action with Enter', async () => {
    const page = await tab.open(context, '/roadmap');
    await page.locator('[role="treeitem"]').first().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await until(() => page.locator('[role="treeitem"]').first().getAttribute('aria-expanded'), 'false')).toBe('false');
    await page.keyboard.press('ArrowRight');
    // Each key waits for the tree to show its effect: on a busy machine the expanded rows render a moment later.
    expect(await until(() => page.locator('[role="treeitem"]').first().getAttribute('aria-expanded'), 'true')).toBe('true');
    const focused = page.locator('[role="treeitem"]:focus');
    await page.keyboard.press('ArrowDown');
    expect(await until(() => focused.getAttribute('data-row-kind'), 'commitment')).toBe('commitment');
    await page.keyboard.press('ArrowDown');
    expect(await until(() => focused.getAttribute('data-row-kind'), 'action')).toBe('action');
    const title = (await focused.locator('a').innerText()).trim();
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: title }).waitFor();
    expect(page.url()).toContain('#/actions/');
    await page.close();
  });

  it('switches to the table and sorts it by progress', async () => {
    const page = await tab.open(context, '/roadmap');
    await page.getByRole('tab', { name: 'Tableau' }).click();
    await page.locator('[role="row"][data-row-kind="action"]').first().waitFor();
    await page.getByRole('button', { name: 'Avancement' }).click();
    const header = page.getByRole('columnheader', { name: 'Avancement' });
    expect(await until(() => header.getAttribute('aria-sort'), 'ascending')).toBe('ascending');
    const first = await page.locator('[role="row"][data-row-kind="action"]').first().innerText();
    expect(first).toMatch(/(^|\s)0\s%/);
    await page.close();
  });
});
