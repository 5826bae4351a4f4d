import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { untilContains } from './support/eventually';
import { startTab, type TabHarness } from './support/tab';

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

describe('languages', () => {
  it('starts in French, switches to English (words, dates, numbers), and remembers the choice', async () => {
    const { context } = await tab.newContext({ locale: 'en-US' });
    const page = await tab.open(context, '/');
    // French first, whatever the browser's own language.
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').innerText()).toBe('Tableau de bord');
    expect(await page.getByText('données au 27 novembre 2026').count()).toBe(1);

    await page.getByLabel('Langue').selectOption('en');
    await page.locator('h1', { hasText: 'Dashboard' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = await page.getByRole('navigation', { name: 'Cap Mandat pages' }).innerText();
    expect(nav).toContain('Roadmap');
    expect(nav).toContain('Meeting mode');
    expect(await page.getByText('data as of 27 November 2026').count()).toBe(1);
    await screenshot(page, 'dashboard-en');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.locator('h1', { hasText: 'Dashboard' }).waitFor();
    await page.locator('a', { hasText: 'Roadmap' }).first().click();
    await page.locator('h1', { hasText: 'Roadmap' }).waitFor();
    expect(await untilContains(() => page.getByRole('status').filter({ hasText: 'shown' }).innerText(), 'actions shown of')).toMatch(/^\d+ actions shown of \d+/);
    await context.close();
  });

  it('shows the API’s field messages in the chosen language', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/actions/act-001');
    await page.getByLabel('Avancement', { exact: true }).fill('500');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Trop grand : nombre doit être <=100').waitFor();

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Too big: expected number to be <=100').waitFor();
    expect(await page.getByLabel('Progress', { exact: true }).inputValue()).toBe('500');
    await context.close();
  });
});
