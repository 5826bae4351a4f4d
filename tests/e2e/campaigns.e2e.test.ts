import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { eventually, until, untilContains } from './support/eventually';
import { startTab, waitForQuiet, type TabHarness } from './support/tab';

const DGS = 'pers-laurent-dufresne'; // pilotage
const ADMIN = 'pers-marc-tessier';
const READER = 'pers-romain-giraud';
const CARON = 'pers-isabelle-caron'; // head of the buildings service
const ELECTED = 9; // elected officials of the demo commune
// The machine running the tier may be busy: waits for what the page shows are generous, failures still show the last reading.
const WAIT_MS = 15_000;

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

/** The validation message Fluent shows under a field (the element its input is described by). */
async function fieldMessage(page: Page, input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

const funnelValue = (page: Page, step: string) => page.locator(`[data-funnel="${step}"] dd`).innerText();
const recipientRows = (page: Page) => page.locator('[role="row"][data-recipient]');

/** The bot was installed for a person: a personal conversation reference, so that a launch queues their card. */
async function installBotFor(personId: string): Promise<void> {
  await tab.server.store.operations.conversation.create({
    id: `personal.e2e-${personId}`,
    scope: 'personal',
    tenantId: '00000000-0000-0000-0000-0000000000aa',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversationId: `a:e2e-${personId}`,
    botId: '28:cap-mandat-bot',
    userId: `29:e2e-${personId}`,
    personId,
    installedAt: '2026-11-20T09:00:00.000Z',
  });
}

describe('Campagnes', () => {
  it('is offered to the pilotage team only', async () => {
    const { context } = await tab.newContext();
    const reader = await tab.open(context, '/', { as: READER });
    const nav = await reader.getByRole('navigation', { name: 'Pages de Cap Mandat' }).innerText();
    expect(nav).not.toContain('Campagnes');
    expect(nav).not.toContain('Remontées');
    await reader.goto(`${tab.server.url}/#/campagnes`);
    await reader.getByText('Cette page est réservée à l’équipe de pilotage et aux administrateurs.').waitFor();

    const dgs = await tab.open(context, '/', { as: DGS });
    const dgsNav = await dgs.getByRole('navigation', { name: 'Pages de Cap Mandat' }).innerText();
    expect(dgsNav).toContain('Campagnes');
    expect(dgsNav).toContain('Remontées');
    await context.close();
  });

  it('creates a campaign to the elected officials: field errors beside the fields, preview, launch, funnel, recipients, CSV, relaunch, close', async () => {
    const { context } = await tab.newContext({ acceptDownloads: true });
    const page = await tab.open(context, '/campagnes', { as: DGS });
    await page.getByText('Aucune campagne pour l’instant.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    await page.locator('h1', { hasText: 'Nouvelle campagne' }).waitFor();
    await page.getByLabel('Type de campagne').selectOption('elected_self_assessment');
    expect(await page.getByRole('radio', { name: 'Tous les élus' }).isChecked()).toBe(true);
    expect(await page.getByTestId('recipient-count').innerText()).toBe(`${ELECTED} destinataires`);
    await page.getByLabel(/^Intitulé/).fill('Auto-évaluation de mi-mandat');
    await page.getByLabel(/^Date d’ouverture/).fill('2026-11-27');
    const deadline = page.getByLabel(/^Date limite/);
    await deadline.fill('2026-11-20');
    // Reminders as chips: J-3, J-1, J+1 by default; J-7 added, J+1 removed.
    const chips = page.getByRole('list', { name: 'Relances prévues' });
    expect(await chips.innerText()).toMatch(/J-3[\s\S]*J-1[\s\S]*J\+1/);
    await page.getByLabel('Nombre de jours').fill('7');
    await page.getByRole('button', { name: 'Ajouter la relance' }).click();
    await page.getByRole('button', { name: 'Retirer la relance 1 jour après la date limite' }).click();
    expect((await chips.innerText()).replace(/\s+/g, ' ')).toBe('J-7 J-3 J-1');

    // The API refuses a deadline before the opening date: its message shows beside the field, and in the summary.
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    const message = await untilContains(() => fieldMessage(page, deadline), 'ne peut pas précéder', WAIT_MS);
    expect(message).toContain('La date limite ne peut pas précéder la date d’ouverture.');
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'champs à corriger' }).innerText()).toContain('Date limite');
    await screenshot(page, 'campaign-field-errors', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await deadline.fill('2026-12-18');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.locator('h1', { hasText: 'Auto-évaluation de mi-mandat' }).waitFor();
    expect(page.url()).toMatch(/#\/campagnes\/cmp-/);
    const campaignId = decodeURIComponent(page.url().split('/').pop() ?? '');
    const stored = (await tab.server.api(`/campaigns/${campaignId}`, { as: DGS })).body.campaign;
    expect(stored).toMatchObject({ state: 'draft', kind: 'elected_self_assessment', reminderOffsets: [-7, -3, -1], audience: { kind: 'elected_officials' } });

    // The card preview, rendered by the Adaptive Cards library (in French, then in English).
    const preview = page.getByTestId('card-preview');
    await preview.locator('.ac-adaptiveCard').waitFor();
    expect(await preview.innerText()).toContain('Où en est cet engagement, selon vous ?');
    expect(await preview.innerText()).not.toContain('\\');
    await page.getByLabel('Langue de la carte').selectOption('en');
    await untilContains(() => preview.innerText(), 'Deadline', WAIT_MS);
    await waitForQuiet(page);
    await screenshot(page, 'campaign-draft-preview', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Launch: the dialog says how many people the card goes to; nobody has the app in this test, so all fail as such.
    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Lancer la campagne ?' });
    expect(await dialog.getByTestId('launch-count').innerText()).toBe(`La carte sera envoyée dans Teams à ${ELECTED} destinataires.`);
    await dialog.getByRole('button', { name: 'Lancer', exact: true }).click();
    await page.getByText(`Campagne lancée : 0 en file d’attente, ${ELECTED} sans l’application installée.`).waitFor();
    expect(await funnelValue(page, 'total')).toBe(String(ELECTED));
    expect(await funnelValue(page, 'failed')).toBe(String(ELECTED));
    expect(await page.locator('[data-failure="app_not_installed"]').innerText()).toMatch(new RegExp(`Application non installée\\s*${ELECTED}`));
    expect(await until(() => recipientRows(page).count(), ELECTED, WAIT_MS)).toBe(ELECTED);
    expect(await recipientRows(page).first().innerText()).toContain('Application non installée');
    expect(await page.locator('[data-recipient][data-state="failed"]').count()).toBe(ELECTED);

    // Filters by state.
    await page.getByLabel('État', { exact: true }).selectOption('answered');
    await page.getByText('Aucun destinataire dans cet état.').waitFor();
    await page.getByLabel('État', { exact: true }).selectOption('failed');
    expect(await until(() => recipientRows(page).count(), ELECTED, WAIT_MS)).toBe(ELECTED);
    await screenshot(page, 'campaign-launched', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The recipients' status as CSV, downloaded with the user's identity.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`destinataires-${campaignId}.csv`);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Catherine Lemoine');
    expect(csv).toContain('Application non installée');
    expect(csv.trim().split('\n')).toHaveLength(ELECTED + 1);

    // Relaunch: nobody can be reached yet, and the page says so.
    await page.getByRole('button', { name: 'Relancer les non-répondants' }).click();
    await page.getByRole('alertdialog', { name: 'Relancer les non-répondants ?' }).getByRole('button', { name: 'Relancer', exact: true }).click();
    await page.getByText(`Relance envoyée : 0 rappels, 0 cartes renvoyées, ${ELECTED} toujours injoignables.`).waitFor();

    // Close.
    await page.getByRole('button', { name: 'Clore la campagne' }).click();
    await page.getByRole('alertdialog', { name: 'Clore la campagne ?' }).getByRole('button', { name: 'Clore', exact: true }).click();
    await page.getByText('Campagne close.').waitFor();
    expect(await page.locator('header [data-state="closed"]').innerText()).toBe('Close');
    expect((await tab.server.api(`/campaigns/${campaignId}`, { as: DGS })).body.campaign.state).toBe('closed');
    expect(await page.getByRole('button', { name: 'Relancer les non-répondants' }).count()).toBe(0);

    // The list shows it with its state and funnel.
    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Campagnes' }).click();
    const row = page.locator(`tr[data-campaign="${campaignId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Close');
    expect(await row.innerText()).toContain(`${ELECTED} en échec`);
    await screenshot(page, 'campaigns');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 150_000);

  it('sends to the heads of chosen services: a head with the bot installed is queued, the other fails, the funnel follows live', async () => {
    await installBotFor(CARON);
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/campagnes/nouvelle', { as: DGS });
    expect(await page.getByLabel('Type de campagne').inputValue()).toBe('action_review');
    await page.getByLabel(/^Intitulé/).fill('Revue des actions — décembre');
    await page.getByLabel(/^Date d’ouverture/).fill('2026-11-27');
    await page.getByLabel(/^Date limite/).fill('2026-12-11');
    const services = page.getByRole('combobox', { name: 'Services' });
    const picks: [string, string][] = [
      ['bâtim', 'Service bâtiments et énergie'],
      ['finances', 'Direction des finances et de la commande publique'],
    ];
    for (const [typed, name] of picks) {
      await services.click();
      await services.fill(typed);
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    }
    expect(await page.getByTestId('recipient-count').innerText()).toBe('2 destinataires');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.locator('h1', { hasText: 'Revue des actions — décembre' }).waitFor();
    await page.getByTestId('card-preview').locator('.ac-adaptiveCard').waitFor();

    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Lancer la campagne ?' });
    expect(await dialog.getByTestId('launch-count').innerText()).toBe('La carte sera envoyée dans Teams à 2 destinataires.');
    await dialog.getByRole('button', { name: 'Lancer', exact: true }).click();
    await page.getByText('Campagne lancée : 1 en file d’attente, 1 sans l’application installée.').waitFor();
    expect(await funnelValue(page, 'queued')).toBe('1');
    expect(await funnelValue(page, 'failed')).toBe('1');
    expect(await page.locator(`[data-recipient="${CARON}"]`).getAttribute('data-state')).toBe('queued');

    // The dispatcher (not running here) would send the card: the page shows it within the 5 s poll.
    const campaignId = decodeURIComponent(page.url().split('/').pop() ?? '');
    const ops = tab.server.store.operations;
    const [delivery] = await ops.delivery.find({ campaignId, personId: CARON });
    if (!delivery) throw new Error('no delivery for the head of the buildings service');
    const { version: _v, createdAt: _c, updatedAt: _u, ...record } = delivery;
    await ops.delivery.update({ ...record, state: 'sent', sentAt: '2026-11-27T09:01:00.000Z', attempts: 1 }, delivery.version);
    expect(await eventually(() => funnelValue(page, 'sent'), (v) => v === '1', 12_000)).toBe('1');
    expect(await eventually(() => page.locator(`[data-recipient="${CARON}"]`).getAttribute('data-state'), (v) => v === 'sent', 12_000)).toBe('sent');
    await context.close();
  });

  it('edits the typed questions of a custom campaign, with the API’s messages on each question', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/campagnes/nouvelle', { as: DGS });
    await page.getByLabel(/^Intitulé/).fill('Baromètre interne');
    await page.getByLabel('Type de campagne').selectOption('custom');
    await page.getByLabel(/^Date d’ouverture/).fill('2026-11-27');
    await page.getByLabel(/^Date limite/).fill('2026-12-11');
    await page.getByRole('radio', { name: 'Tous les élus' }).check();
    // Question 1: a choice whose second option is left empty.
    const q1 = page.locator('fieldset[data-question="1"]');
    await q1.getByLabel(/^Intitulé \(français\)/).fill('Quel est votre service ?');
    await q1.getByLabel(/^Libellé de l’option 1 \(français\)/).fill('Administration');
    // Question 2: a 0–10 scale.
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    const q2 = page.locator('fieldset[data-question="2"]');
    await q2.getByLabel('Type de question').selectOption('scale');
    await q2.getByLabel(/^Intitulé \(français\)/).fill('Votre charge de travail');
    await q2.getByLabel('Échelle').selectOption('0-10');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    const option2 = q1.getByLabel(/^Libellé de l’option 2 \(français\)/);
    expect(await untilContains(() => fieldMessage(page, option2), ' ', WAIT_MS)).not.toBe('');
    expect(await page.getByRole('alert').filter({ hasText: 'à corriger' }).innerText()).toContain('Question 1');
    expect(await axeViolations(page)).toEqual([]);

    await option2.fill('Technique');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.locator('h1', { hasText: 'Baromètre interne' }).waitFor();
    const campaignId = decodeURIComponent(page.url().split('/').pop() ?? '');
    const stored = (await tab.server.api(`/campaigns/${campaignId}`, { as: DGS })).body.campaign;
    expect(stored.questions).toMatchObject([
      { type: 'choice', label: { fr: 'Quel est votre service ?' }, options: [{ label: { fr: 'Administration' } }, { label: { fr: 'Technique' } }] },
      { type: 'scale', scale: '0-10', label: { fr: 'Votre charge de travail' } },
    ]);
    const preview = page.getByTestId('card-preview');
    await preview.locator('.ac-adaptiveCard').waitFor();
    expect(await preview.innerText()).toContain('Quel est votre service ?');

    // A second question moves up, the draft is saved with the new order.
    await page.locator('fieldset[data-question="2"]').getByRole('button', { name: 'Monter la question 2' }).click();
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    const reordered = (await tab.server.api(`/campaigns/${campaignId}`, { as: DGS })).body.campaign;
    expect(reordered.questions.map((q: { type: string }) => q.type)).toEqual(['scale', 'choice']);
    await context.close();
  });

  it('keeps what the user typed when someone else saved the draft meanwhile, and re-applies it on their version', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/campagnes', { as: DGS });
    await page.getByRole('link', { name: 'Baromètre interne' }).click();
    await page.locator('h1', { hasText: 'Baromètre interne' }).waitFor();
    const campaignId = decodeURIComponent(page.url().split('/').pop() ?? '');

    // Someone else renames it from another browser.
    const current = await tab.server.api(`/campaigns/${campaignId}`, { as: ADMIN });
    const renamed = await tab.server.api(`/campaigns/${campaignId}`, {
      method: 'PATCH',
      as: ADMIN,
      body: { title: 'Baromètre interne 2026' },
      headers: { 'If-Match': `"${current.body.campaign.version}"` },
    });
    expect(renamed.status).toBe(200);

    // This user, still on the old version, writes an introduction and saves.
    await page.getByLabel('Message d’introduction').fill('Cinq minutes suffisent.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const conflict = page.getByRole('region', { name: 'Quelqu’un d’autre a modifié cet élément entre-temps' });
    await conflict.waitFor();
    const text = await conflict.innerText();
    expect(text).toContain('Baromètre interne 2026');
    expect(text).toContain('Cinq minutes suffisent.');
    expect(await page.getByLabel('Message d’introduction').inputValue()).toBe('Cinq minutes suffisent.');
    expect(await axeViolations(page)).toEqual([]);

    await conflict.getByRole('button', { name: 'Réappliquer mes modifications sur leur version' }).click();
    expect(await page.getByLabel(/^Intitulé/).first().inputValue()).toBe('Baromètre interne 2026');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    const stored = (await tab.server.api(`/campaigns/${campaignId}`, { as: DGS })).body.campaign;
    expect(stored).toMatchObject({ title: 'Baromètre interne 2026', description: 'Cinq minutes suffisent.' });
    await context.close();
  });

  it('renders the card preview in the dark theme with the tab’s colours', async () => {
    const { context } = await tab.newContext();
    const page = await context.newPage();
    await page.addInitScript((id) => window.localStorage.setItem('capMandat.devUser', id), DGS);
    const [draft] = (await tab.server.api('/campaigns', { as: DGS })).body.items.filter((i: { campaign: { state: string } }) => i.campaign.state === 'draft');
    await page.goto(`${tab.server.url}/?theme=dark#/campagnes/${draft.campaign.id}`);
    const card = page.getByTestId('card-preview').locator('.ac-adaptiveCard');
    await card.waitFor();
    await waitForQuiet(page);
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(page, 'campaign-dark');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('passes axe in English', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/campagnes', { as: DGS });
    await page.getByLabel('Langue').selectOption('en');
    await page.locator('h1', { hasText: 'Campaigns' }).waitFor();
    await page.locator('tr[data-campaign]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Auto-évaluation de mi-mandat' }).click();
    await page.getByText('Live follow-up').waitFor();
    await waitForQuiet(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${tab.server.url}/#/campagnes/nouvelle`);
    await page.locator('h1', { hasText: 'New campaign' }).waitFor();
    await page.getByLabel('Kind of campaign').selectOption('custom');
    await page.locator('fieldset[data-question="1"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Remontées', () => {
  let campaignId = '';

  /** A submitted answer of the head of the buildings service and the proposals drawn from it. */
  async function seedProposals(): Promise<void> {
    const created = await tab.server.api('/campaigns', {
      method: 'POST',
      as: DGS,
      body: {
        kind: 'action_review',
        title: 'Revue des actions — novembre',
        audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] },
        openingDate: '2026-11-27',
        deadline: '2026-12-11',
        reminderOffsets: [],
        applyMode: 'proposals',
      },
    });
    campaignId = created.body.id;
    const ops = tab.server.store.operations;
    await ops.response.create({
      id: 'rsp-e2e-1',
      campaignId,
      deliveryId: 'dlv-e2e-1',
      personId: CARON,
      answers: { kind: 'action_review', bySubject: {} },
      submittedAt: '2026-11-27T08:30:00.000Z',
    });
    const base = { campaignId, responseId: 'rsp-e2e-1', state: 'pending' as const, proposedAt: '2026-11-27T08:30:00.000Z' };
    await ops.proposal.create({
      ...base,
      id: 'rem-e2e-1',
      target: { kind: 'action', id: 'act-002' },
      operation: 'update',
      changes: [
        { field: 'progress', old: 15, new: 45 },
        { field: 'weather', old: 'cloudy', new: 'sunny' },
      ],
    });
    await ops.proposal.create({
      ...base,
      id: 'rem-e2e-2',
      target: { kind: 'action', id: 'act-003' },
      operation: 'update',
      changes: [{ field: 'blockers', old: null, new: 'Entreprise de travaux défaillante.' }],
    });
    await ops.proposal.create({
      ...base,
      id: 'rem-e2e-3',
      target: { kind: 'action', id: 'act-001' },
      operation: 'update',
      changes: [{ field: 'trend', old: null, new: 'up' }],
    });
  }

  it('says when there is nothing to review, accessibly, in French and English', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/remontees', { as: DGS });
    await page.getByText('Aucune remontée à traiter.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByText('No proposal to review.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('accepts a corrected proposal, refuses one with a reason, and shows who decided', async () => {
    await seedProposals();
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/remontees', { as: DGS });
    const first = page.locator('article[data-proposal="rem-e2e-1"]');
    await first.waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Revue des actions — novembre' }).count()).toBe(1);
    const text = await first.innerText();
    expect(text).toContain('Réponse de Isabelle Caron');
    expect(text).toMatch(/Avancement\s*15\s%\s*45\s%/);
    expect(text).toMatch(/Météo\s*Nuageux\s*Ensoleillé/);
    await screenshot(page, 'proposals', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Correct then accept: 50 % instead of 45 %.
    await first.getByRole('button', { name: 'Corriger puis accepter' }).click();
    await first.getByLabel('Valeur proposée : Avancement').fill('50');
    expect(await axeViolations(page)).toEqual([]);
    await first.getByRole('button', { name: 'Accepter avec ces valeurs' }).click();
    await page.getByText('Remontée acceptée : l’élément est modifié.').waitFor();
    await first.waitFor({ state: 'detached' });
    const action = (await tab.server.api('/actions/act-002')).body;
    expect(action).toMatchObject({ progress: 50, weather: 'sunny' });
    expect((await tab.server.api('/actions/act-002/history')).body.items[0].source).toBe('bot');

    // Refuse: the reason is required.
    const second = page.locator('article[data-proposal="rem-e2e-2"]');
    await second.getByRole('button', { name: 'Refuser' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refuser la remontée' });
    await dialog.getByRole('button', { name: 'Refuser la remontée' }).click();
    await dialog.getByText('Indiquez le motif du refus.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel(/^Motif du refus/).fill('Déjà signalé en comité de direction.');
    await dialog.getByRole('button', { name: 'Refuser la remontée' }).click();
    await page.getByText('Remontée refusée.').waitFor();
    await second.waitFor({ state: 'detached' });

    // Decided ones, with who and why.
    await page.getByLabel('État', { exact: true }).selectOption('refused');
    const refused = page.locator('article[data-proposal="rem-e2e-2"]');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/Refusée par Laurent Dufresne le/);
    expect(await refused.innerText()).toContain('Motif : Déjà signalé en comité de direction.');
    await page.getByLabel('État', { exact: true }).selectOption('accepted');
    const accepted = page.locator('article[data-proposal="rem-e2e-1"]');
    await accepted.waitFor();
    expect(await accepted.innerText()).toMatch(/Acceptée par Laurent Dufresne le/);
    expect(await accepted.innerText()).toMatch(/Avancement\s*50\s%\s*50\s%/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('does not overwrite a decision someone else made meanwhile', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/remontees', { as: DGS });
    const third = page.locator('article[data-proposal="rem-e2e-3"]');
    await third.waitFor();
    // Someone else refuses it from another browser.
    const [pending] = (await tab.server.api(`/proposals?state=pending&campaignId=${campaignId}`, { as: ADMIN })).body.items;
    const refused = await tab.server.api('/proposals/rem-e2e-3/refuse', {
      method: 'POST',
      as: ADMIN,
      body: { reason: 'Tendance non étayée.' },
      headers: { 'If-Match': `"${pending.proposal.version}"` },
    });
    expect(refused.status).toBe(200);

    await third.getByRole('button', { name: 'Accepter', exact: true }).click();
    const conflict = page.getByRole('region', { name: 'Quelqu’un d’autre a traité cette remontée entre-temps' });
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/refusée par Marc Tessier le/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Quelqu’un d’autre a traité cette remontée entre-temps');
    expect((await tab.server.api('/actions/act-001')).body.trend).not.toBe('up');
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Actualiser la liste' }).click();
    await third.waitFor({ state: 'detached' });
    await page.getByText('Aucune remontée à traiter.').waitFor();
    await context.close();
  });
});

describe('Journal d’audit', () => {
  it('lists the launches, closings and decisions for administrators, filtered by action', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/admin', { as: ADMIN });
    const panel = page.getByRole('region', { name: 'Journal d’audit' });
    await panel.locator('tr[data-audit]').first().waitFor();
    const text = await panel.innerText();
    expect(text).toContain('Campagne lancée');
    expect(text).toContain('Campagne close');
    expect(text).toContain('Remontée refusée');
    expect(text).toContain('Laurent Dufresne');
    await panel.getByLabel('Action').selectOption('proposal_accepted');
    expect(await until(() => panel.locator('tr[data-audit]').count(), 1, WAIT_MS)).toBe(1);
    expect(await panel.locator('tr[data-audit]').innerText()).toContain('Remontée acceptée');
    await screenshot(page, 'admin-audit', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const pilot = await tab.open(context, '/admin', { as: DGS });
    expect(await pilot.getByRole('region', { name: 'Journal d’audit' }).count()).toBe(0);
    await context.close();
  });
});
