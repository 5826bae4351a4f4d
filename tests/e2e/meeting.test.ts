import type { Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { until } from './support/eventually';
import { startTab, type TabHarness } from './support/tab';

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

const slide = (page: Page) => page.locator('[data-slide]').getAttribute('data-slide');
const announced = (page: Page) => page.getByRole('status').innerText();

describe('meeting mode', () => {
  it('walks the slides with the keyboard and a clicker, exceptions first, in large type', async () => {
    const axes = (await tab.server.api('/roadmap')).body.axes as { title: string }[];
    const total = axes.length + 1;
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/meeting');
    expect(await slide(page)).toBe('1');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toContain('Valmont-sur-Loire');
    await page.locator('body').focus();

    await page.keyboard.press('ArrowRight');
    expect(await until(() => slide(page), '2')).toBe('2');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(axes[0]?.title);
    expect(await announced(page)).toContain(`Diapositive 2 sur ${total}`);
    // Exceptions come first, in type readable from the back of the room.
    const firstException = page.locator('[data-slide] ul li').first();
    expect(await firstException.innerText()).toMatch(/Bloquée|Orageuse|retard|Nouveau/);
    const fontSize = await firstException.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'meeting-axis', { docs: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('PageDown'); // a clicker's "next"
    expect(await until(() => slide(page), '3')).toBe('3');
    await page.keyboard.press(' ');
    expect(await until(() => slide(page), '4')).toBe('4');
    await page.keyboard.press('PageUp'); // a clicker's "previous"
    expect(await until(() => slide(page), '3')).toBe('3');
    await page.keyboard.press('End');
    expect(await until(() => slide(page), String(total))).toBe(String(total));
    await page.keyboard.press('ArrowRight'); // stays on the last slide
    expect(await slide(page)).toBe(String(total));
    await page.keyboard.press('Home');
    expect(await until(() => slide(page), '1')).toBe('1');

    // The buttons work too, and Escape leaves the meeting mode.
    await page.getByRole('button', { name: 'Diapositive suivante' }).click();
    expect(await until(() => slide(page), '2')).toBe('2');
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await page.locator('h1', { hasText: 'Tableau de bord' }).waitFor();
    await context.close();
  });
});
