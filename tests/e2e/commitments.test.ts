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

describe('engagements', () => {
  it('requires a public justification when an engagement is revised, then shows it', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/commitments', { as: 'pers-laurent-dufresne' });
    await page.getByRole('button', { name: 'Modifier l’engagement 1.3' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Statut').selectOption('revised');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Un engagement révisé ou abandonné doit expliquer publiquement l’écart.').waitFor();
    await screenshot(page, 'commitment-justification');
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByLabel('Justification de l’écart').fill('Les sites de plantation disponibles ne permettent que 8 000 arbres.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Modifications enregistrées.').waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    const row = await untilContains(() => page.locator('tr[data-commitment="eng-1-3"]').innerText(), 'Révisé');
    expect(row).toContain('Les sites de plantation disponibles ne permettent que 8 000 arbres.');
    expect((await tab.server.api('/commitments/eng-1-3')).body).toMatchObject({ status: 'revised' });
    await context.close();
  });

  it('lets the lead elected official change only the narrative of their engagements', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/commitments', { as: 'pers-sophie-garnier' });
    // Sophie Garnier leads 1.1 but not 1.2.
    expect(await page.getByRole('button', { name: 'Modifier l’engagement 1.2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Modifier l’engagement 1.1' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Statut').isDisabled()).toBe(true);
    await dialog.getByLabel('Description').fill('Neuf groupes scolaires rénovés, 40 % d’énergie en moins.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Modifications enregistrées.').waitFor();
    expect((await tab.server.api('/commitments/eng-1-1')).body.description).toBe('Neuf groupes scolaires rénovés, 40 % d’énergie en moins.');
    await context.close();
  });
});
