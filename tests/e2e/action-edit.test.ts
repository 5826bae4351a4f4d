import type { Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { until, untilContains } from './support/eventually';
import { startTab, type TabHarness } from './support/tab';

const DGS = 'pers-laurent-dufresne';
const MISSION = 'pers-claire-besson';
const READER = 'pers-romain-giraud';

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /modification|enregistr/i }).innerText();
const history = (page: Page) => page.getByRole('region', { name: 'Historique' }).innerText();

describe('editing an action', () => {
  it('saves the changed fields, which are there after a reload with their history', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/actions/act-002', { as: DGS });
    await field(page, 'Avancement').fill('40');
    await field(page, 'Météo').selectOption('stormy');
    expect(await saveStatus(page)).toContain('2 modifications non enregistrées');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await untilContains(() => saveStatus(page), 'Modifications enregistrées')).toContain('Modifications enregistrées');

    await page.reload();
    await page.locator('h1', { hasText: 'Jules-Ferry' }).waitFor();
    expect(await until(() => field(page, 'Avancement').inputValue(), '40')).toBe('40');
    expect(await field(page, 'Météo').inputValue()).toBe('stormy');
    const entries = await untilContains(() => history(page), 'Laurent Dufresne');
    expect(entries).toContain('Laurent Dufresne');
    expect(entries).toMatch(/Avancement\s*:\s*de\s*15\s%\s*→?\s*à?\s*40\s%/);
    expect(entries).toMatch(/Météo\s*:\s*de\s*Nuageux\s*→?\s*à?\s*Orageux/);
    // The API holds the change too, recorded as made in the tab.
    expect((await tab.server.api('/actions/act-002')).body.progress).toBe(40);
    expect((await tab.server.api('/actions/act-002/history')).body.items[0].source).toBe('tab');
    await context.close();
  });

  it('keeps what the user typed when someone else saved meanwhile, shows their version and lets them re-apply', async () => {
    const first = await tab.newContext();
    const second = await tab.newContext();
    const mine = await tab.open(first.context, '/actions/act-003', { as: DGS });
    const theirs = await tab.open(second.context, '/actions/act-003', { as: MISSION });

    // Someone else saves first, from another browser.
    await field(theirs, 'Prochaines étapes').fill('Programmation validée en comité de pilotage.');
    await theirs.getByRole('button', { name: 'Enregistrer' }).click();
    await untilContains(() => saveStatus(theirs), 'Modifications enregistrées');

    // This user, still on the old version, changes other fields and saves.
    await field(mine, 'Avancement').fill('10');
    await field(mine, 'Points de blocage').fill('Attente de la notification de subvention.');
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = mine.getByRole('region', { name: 'Quelqu’un d’autre a modifié cet élément entre-temps' });
    await conflict.waitFor();
    const text = await conflict.innerText();
    expect(text).toContain('Programmation validée en comité de pilotage.');
    expect(text).toContain('Attente de la notification de subvention.');
    expect(await field(mine, 'Avancement').inputValue()).toBe('10');
    await screenshot(mine, 'action-conflict', { fullPage: true });
    expect(await axeViolations(mine)).toEqual([]);

    await conflict.getByRole('button', { name: 'Réappliquer mes modifications sur leur version' }).click();
    expect(await field(mine, 'Prochaines étapes').inputValue()).toBe('Programmation validée en comité de pilotage.');
    expect(await field(mine, 'Points de blocage').inputValue()).toBe('Attente de la notification de subvention.');
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    await untilContains(() => saveStatus(mine), 'Modifications enregistrées');

    const stored = (await tab.server.api('/actions/act-003')).body;
    expect(stored).toMatchObject({ progress: 10, blockers: 'Attente de la notification de subvention.', nextSteps: 'Programmation validée en comité de pilotage.' });
    await mine.reload();
    const entries = await untilContains(() => history(mine), 'Claire Besson');
    expect(entries).toContain('Laurent Dufresne');
    await first.context.close();
    await second.context.close();
  });

  it('is read only for a reader', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/actions/act-001', { as: READER });
    await page.getByText('Lecture seule').waitFor();
    expect(await field(page, 'Avancement').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    await context.close();
  });
});
