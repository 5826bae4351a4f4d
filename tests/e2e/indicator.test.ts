import type { Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { untilContains } from './support/eventually';
import { startTab, type TabHarness } from './support/tab';

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

const achievement = (page: Page) => page.getByTestId('achievement').innerText();
const measuresTable = (page: Page) => page.getByTestId('measures-table').innerText();

describe('adding a measure to an indicator', () => {
  it('updates the chart data, the latest value and the achievement', async () => {
    const before = (await tab.server.api('/roadmap')).body;
    const indicator = before.axes[0].commitments[0].indicators[0];
    expect(indicator.id).toBe('ind-01');
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/indicators/ind-01', { as: 'pers-laurent-dufresne' });
    await page.getByTestId('measures-table').waitFor();
    const achievementBefore = await achievement(page);
    const chartPointsBefore = await page.locator('figure svg path').count();
    expect(chartPointsBefore).toBeGreaterThan(0);

    // Energy use of the schools (MWh, to reduce from 4 850 towards 3 400): a measure right on target.
    await page.getByLabel('Date', { exact: false }).first().fill('2026-11-27');
    await page.getByLabel('Valeur (MWh)').fill('3400');
    await page.getByLabel('Commentaire').fill('Relevé exceptionnel après la rénovation');
    await page.getByRole('button', { name: 'Ajouter une mesure' }).click();
    await page.getByText('Mesure de 3400 MWh ajoutée.').waitFor();

    const table = await untilContains(() => measuresTable(page), 'Relevé exceptionnel après la rénovation');
    expect(table).toMatch(/27 novembre 2026\s+3\s400\sMWh/);
    const after = await untilContains(() => achievement(page), '100');
    expect(after).not.toBe(achievementBefore);
    expect(after).toMatch(/100\s%/);
    expect(await page.getByText('Cible atteinte').first().isVisible()).toBe(true);
    await screenshot(page, 'indicator-after-measure', { fullPage: true });

    const stored = (await tab.server.api('/roadmap')).body.axes[0].commitments[0].indicators[0];
    expect(stored.assessment).toMatchObject({ state: 'reached', latest: { date: '2026-11-27', value: 3400 } });
    await context.close();
  });
});
