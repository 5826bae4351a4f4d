import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { BilanDto } from '../../src/app/bilan/bilan-api.types';
import type { ChangeContext } from '../../src/domain/entities/index';
import { screenshot } from './support/artifacts';
import { axeViolations } from './support/axe';
import { eventually, until, untilContains } from './support/eventually';
import { startTab, waitForQuiet, type TabHarness } from './support/tab';

const DGS = 'pers-laurent-dufresne'; // pilotage
const ADMIN = 'pers-marc-tessier';
const READER = 'pers-romain-giraud';
const CARON = 'pers-isabelle-caron'; // head of the buildings service
const ELECTED = ['pers-sophie-garnier', 'pers-karim-benali'];
// The machine running the tier may be busy: waits for what the page shows are generous, failures still show the last reading.
const WAIT_MS = 15_000;
const SNAPSHOT_TITLE = 'Bilan d’étape — novembre 2026';

let tab: TabHarness;

beforeAll(async () => {
  tab = await startTab();
});
afterAll(async () => {
  await tab.close();
});

/** Text with every run of spaces (French numbers use narrow no-break spaces) as one plain space. */
const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();
const frPercent = (points: number): string => norm(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(points / 100));
const frNumber = (value: number): string => norm(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value));
const text = async (locator: Locator): Promise<string> => norm(await locator.innerText());
const bilanOf = async (as = DGS, snapshot?: string): Promise<BilanDto> =>
  (await tab.server.api(`/bilan${snapshot ? `?snapshot=${snapshot}` : ''}`, { as })).body as BilanDto;

/** Opens a page as someone and switches the UI to English. */
async function openInEnglish(page: Page, hashPath: string, heading: string): Promise<void> {
  await page.goto(`${tab.server.url}/#${hashPath}`);
  await page.locator('h1', { hasText: heading }).waitFor();
  await waitForQuiet(page);
}

describe('Bilan de mi-mandat', () => {
  it('shows the headline figures and the promised-vs-done tables as the API computes them, with empty states before any answer', async () => {
    const expected = await bilanOf();
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan', { as: DGS });
    expect(await page.getByRole('navigation', { name: 'Pages de Cap Mandat' }).innerText()).toMatch(/Bilan[\s\S]*Retours/);
    await page.locator('h1', { hasText: 'Bilan de mi-mandat' }).waitFor();
    expect(await text(page.locator('main header p').first())).toContain('Ville de Valmont-sur-Loire · chiffres au 27 novembre 2026');

    const { commitments: c, actions: a, indicators: i } = expected;
    expect(await text(page.locator('[data-kpi="progress"]'))).toBe(frPercent(expected.progress ?? 0));
    expect(await text(page.locator('[data-kpi="commitments"]'))).toBe(`${c.byStatus.done} sur ${c.total}`);
    expect(await text(page.locator('[data-kpi="actions"]'))).toBe(`${a.done} sur ${a.total}`);
    expect(await text(page.locator('[data-kpi="indicators"]'))).toBe(`${i.reached} sur ${i.total}`);
    expect(await text(page.locator('[data-kpi="gaps"]'))).toBe(String(expected.gapsToExplain.length));
    expect(await text(page.getByTestId('bilan-headline'))).toContain(`en cours : ${a.inProgress} · en retard : ${a.late} · non commencées : ${a.notStarted}`);

    // Every axis has its table, one row per commitment, each with the API's counts.
    for (const axis of expected.axes) {
      const table = page.locator(`table[data-axis="${axis.id}"]`);
      expect(await table.locator('caption').innerText()).toBe(`Engagements de l’axe « ${axis.title} » : promis et réalisé`);
      expect(await table.locator('tr[data-commitment]').count()).toBe(axis.commitments.length);
    }
    const first = expected.axes[0]!.commitments[0]!;
    const row = page.locator(`tr[data-commitment="${first.id}"]`);
    expect(await text(row.locator('th'))).toContain(`${first.reference} ${first.title}`);
    expect(await text(row.locator('[data-actions]'))).toBe(
      `terminées : ${first.actions.done} · en cours : ${first.actions.inProgress} · en retard : ${first.actions.late} · non commencées : ${first.actions.notStarted}`,
    );
    expect(await text(row.locator('[data-progress]'))).toBe(frPercent(first.progress ?? 0));
    expect(await text(row.locator('[data-budget]'))).toContain(`${frNumber(first.budget.spent)} € sur ${frNumber(first.budget.planned)} €`);

    // No campaign has answers yet: the two views and the 1,607 hours say so; the citizens' voice has the seeded feedback.
    await page.getByText('Aucune réponse à une auto-évaluation des élus pour l’instant.', { exact: false }).waitFor();
    await page.getByText('Aucune réponse à une campagne « 1 607 heures » pour l’instant.').waitFor();
    expect(await text(page.getByTestId('voice-figures'))).toContain(`Retours enregistrés ${expected.voice.count}`);
    expect(await text(page.getByTestId('voice-themes'))).toContain(`${expected.voice.themes[0]!.theme} : ${expected.voice.themes[0]!.count}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('confronts the elected officials’ self-assessment with the administration’s view, largest disagreement first, and sums the 1,607 hours', async () => {
    const ops = tab.server.store.operations;
    const campaign = (id: string, kind: string, title: string) => ({
      id,
      kind,
      title,
      audience: kind === 'elected_self_assessment' ? { kind: 'elected_officials' } : { kind: 'service_heads', serviceIds: ['svc-batiments'] },
      openingDate: '2026-11-02',
      deadline: '2026-11-20',
      reminderOffsets: [],
      applyMode: 'proposals',
      state: 'closed',
      launchedAt: '2026-11-02T08:00:00.000Z',
    });
    await ops.campaign.create(campaign('cmp-e2e-auto', 'elected_self_assessment', 'Auto-évaluation des élus — novembre') as never);
    await ops.campaign.create(campaign('cmp-e2e-revue', 'action_review', 'Revue des actions — novembre') as never);
    await ops.campaign.create(campaign('cmp-e2e-1607', 'working_time_1607', '1 607 heures — 2026') as never);
    const answered = (id: string, campaignId: string, personId: string, answers: object) =>
      ops.response.create({ id, campaignId, deliveryId: `dlv-${id}`, personId, submittedAt: '2026-11-15T08:00:00.000Z', answers } as never);
    await answered('rsp-e2e-a1', 'cmp-e2e-auto', ELECTED[0]!, { kind: 'elected_self_assessment', bySubject: { 'eng-1-1': { score: 5 }, 'eng-2-1': { score: 2 } } });
    await answered('rsp-e2e-a2', 'cmp-e2e-auto', ELECTED[1]!, { kind: 'elected_self_assessment', bySubject: { 'eng-1-1': { score: 5 }, 'eng-2-1': { score: 1 }, 'eng-3-1': { score: 3 } } });
    await answered('rsp-e2e-r1', 'cmp-e2e-revue', CARON, { kind: 'action_review', bySubject: { 'act-002': { progress: 25, measures: [] } } });
    await answered('rsp-e2e-t1', 'cmp-e2e-1607', CARON, {
      kind: 'working_time_1607',
      bySubject: {
        'svc-batiments': { hoursFreed: 1200, split: { better_service: 50, new_projects: 25, quality_of_life: 25, other: 0 } },
        'svc-espaces-publics': { hoursFreed: 800, split: { better_service: 25, new_projects: 25, quality_of_life: 50, other: 0 } },
      },
    });
    const expected = await bilanOf();
    expect(expected.views.compared).toBe(3);
    const [largest] = expected.views.gaps;
    if (!largest) throw new Error('no perception gap');

    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan', { as: DGS });
    const views = page.getByRole('region', { name: 'Deux regards confrontés' });
    await views.locator('table').waitFor();
    expect(await text(views)).toContain('Auto-évaluation « Auto-évaluation des élus — novembre » : 2 élus ont répondu.');
    expect(await text(views)).toContain('Revue des actions « Revue des actions — novembre » : 1 répondant.');
    expect(await views.locator('caption').innerText()).toBe('Engagements par écart entre le regard des élus et celui de l’administration, du plus grand au plus petit');
    const rows = views.locator('tr[data-perception]');
    expect(await rows.count()).toBe(expected.views.gaps.length);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-perception')))).toEqual(expected.views.gaps.map((g) => g.commitmentId));
    // eng-1-1: both elected officials give 5 (100 %), far above the administration's view: flagged in words, not colour only.
    const top = rows.first();
    expect(largest.commitmentId).toBe('eng-1-1');
    expect(await top.getAttribute('data-strong')).toBe('true');
    expect(await text(top.locator('[data-elected]'))).toBe('5 sur 5, soit 100 % 2 élus');
    expect(await text(top.locator('[data-administration]'))).toBe(`${frPercent(largest.administrationProgress)} d’après la revue des actions`);
    expect(await text(top.locator('[data-difference]'))).toBe(`+${frNumber(Math.abs(largest.difference))} points : les élus le voient plus avancé Fort désaccord`);
    const strong = expected.views.gaps.filter((g) => Math.abs(g.difference) >= 25).length;
    expect(await text(page.getByTestId('strong-count'))).toContain(`${strong} engagement`);

    // 1,607 hours: 2,000 h in all, split by use per service and overall.
    const hours = page.getByRole('region', { name: '1 607 heures' });
    expect(await text(hours.locator('[data-kpi="hours"]'))).toBe(`${frNumber(expected.workingTime.total.hoursFreed)} h`);
    expect(await text(hours.locator('tr[data-service="svc-batiments"]'))).toContain('1 200 h 600 h (50 %) 300 h (25 %) 300 h (25 %) 0 h (0 %)');
    expect(await text(hours.locator('tr[data-service="total"]'))).toBe(
      `Ensemble des services 2 000 h ${['better_service', 'new_projects', 'quality_of_life', 'other']
        .map((use) => {
          const key = use as keyof BilanDto['workingTime']['total']['hours'];
          return `${frNumber(expected.workingTime.total.hours[key])} h (${frPercent(expected.workingTime.total.split[key])})`;
        })
        .join(' ')}`,
    );
    await screenshot(page, 'bilan', { docs: true });
    await screenshot(page, 'bilan-full', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists a gap to explain, links to where its justification is entered, and drops it once justified', async () => {
    // A commitment revised without a justification (as an import of older data could leave it).
    const ctx: ChangeContext = { actor: { id: 'e2e', name: 'Import' }, source: 'import', at: '2026-11-27T08:00:00.000Z' };
    const before = await tab.server.store.commitment.get('eng-3-2');
    if (!before) throw new Error('no commitment eng-3-2');
    await tab.server.store.commitment.update({ ...before, status: 'revised' }, before.version, ctx);

    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan', { as: DGS });
    const gaps = page.getByRole('region', { name: 'Écarts à expliquer' });
    const gap = gaps.locator('li[data-gap="eng-3-2"]');
    await gap.waitFor();
    expect(await text(gap)).toContain(`${before.reference} ${before.title}`);
    expect(await text(gap)).toContain('Révisé');
    expect(await text(page.locator('[data-kpi="gaps"]'))).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    await gap.getByRole('link', { name: `Saisir la justification de l’engagement ${before.reference}` }).click();
    const dialog = page.getByRole('dialog', { name: `Engagement ${before.reference}` });
    await dialog.waitFor();
    await dialog.getByLabel(/^Justification de l’écart/).fill('Le calendrier suit la livraison du nouveau collège, décalée par le Département.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Modifications enregistrées.').waitFor();
    expect((await tab.server.api('/commitments/eng-3-2')).body.gapJustification).toContain('nouveau collège');
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    await page.goto(`${tab.server.url}/#/bilan`);
    await gaps.getByText('Aucun écart à expliquer : chaque écart a sa justification.').waitFor();
    expect(await text(page.locator('[data-kpi="gaps"]'))).toBe('0');
    await gaps.locator('summary').click();
    expect(await text(gaps.locator('li[data-justified="eng-3-2"]'))).toContain('Justification : Le calendrier suit la livraison du nouveau collège');
    await context.close();
  });

  it('takes a snapshot, then compares it with today after a change: slipped action, changed fields and additions in words', async () => {
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan/instantanes', { as: DGS });
    await page.getByText('Aucun instantané pour l’instant.').waitFor();
    await page.getByText('Prenez d’abord un instantané : il servira de point de départ à la comparaison.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(/^Intitulé/).fill(SNAPSHOT_TITLE);
    await page.getByRole('button', { name: 'Prendre l’instantané' }).click();
    const taken = await untilContains(() => page.getByRole('status').filter({ hasText: 'Instantané' }).first().innerText().catch(() => ''), 'enregistrements figés', WAIT_MS);
    expect(taken).toMatch(new RegExp(`Instantané « ${SNAPSHOT_TITLE} » pris : [\\d\\s  ]+ enregistrements figés\\.`));
    const [snapshot] = (await tab.server.api('/snapshots', { as: DGS })).body.items;
    expect(snapshot).toMatchObject({ title: SNAPSHOT_TITLE, asOf: '2026-11-27', takenBy: DGS });
    const row = page.locator(`tr[data-snapshot="${snapshot.id}"]`);
    await row.waitFor();
    expect(await text(row)).toContain('Laurent Dufresne');

    // Meanwhile an action slips (later due date, lower progress) and an action is added.
    const act = await tab.server.api('/actions/act-002', { as: DGS });
    const patched = await tab.server.api('/actions/act-002', {
      method: 'PATCH',
      as: DGS,
      body: { progress: 10, dueDate: '2028-12-29' },
      headers: { 'If-Match': `"${act.body.version}"` },
    });
    expect(patched.status).toBe(200);
    const added = await tab.server.api('/actions', {
      method: 'POST',
      as: DGS,
      body: { commitmentId: 'eng-1-1', title: 'Diagnostic amiante des écoles maternelles', status: 'planned', half: 'first' },
    });
    expect(added.status).toBe(201);

    await row.getByRole('button', { name: `Comparer avec aujourd’hui l’instantané « ${SNAPSHOT_TITLE} »` }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor({ timeout: WAIT_MS });
    expect(await text(comparison)).toContain(`Depuis l’instantané « ${SNAPSHOT_TITLE} » (27 novembre 2026) jusqu’à aujourd’hui (27 novembre 2026).`);
    const slipped = comparison.locator('tr[data-slipped="act-002"]');
    expect(await text(slipped)).toContain('échéance repoussée, avancement en baisse');
    expect(await text(slipped)).toContain('En cours · 15 % · échéance 31 août 2028');
    expect(await text(slipped)).toContain('En cours · 10 % · échéance 29 décembre 2028');
    expect(await text(comparison.locator('tr[data-kind="action"]'))).toBe('Action 1 0 1');
    expect(await text(page.getByTestId('comparison-added'))).toContain('Action : Diagnostic amiante des écoles maternelles');
    const changed = await text(page.getByTestId('comparison-changed'));
    expect(changed).toContain('Avancement : 15 % → 10 %');
    expect(changed).toContain('Échéance : 31 août 2028 → 29 décembre 2028');
    expect(page.url()).toContain(`from=${snapshot.id}`);
    await screenshot(page, 'bilan-comparison', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The bilan can be drawn from the snapshot, which the later change did not move.
    await page.goto(`${tab.server.url}/#/bilan`);
    await page.getByLabel('Chiffres', { exact: true }).selectOption(snapshot.id);
    await untilContains(() => page.locator('main header p').first().innerText(), `instantané « ${SNAPSHOT_TITLE} »`, WAIT_MS);
    const frozen = await bilanOf(DGS, snapshot.id);
    expect(await until(() => text(page.locator('[data-kpi="actions"]')), `${frozen.actions.done} sur ${frozen.actions.total}`, WAIT_MS)).toBe(
      `${frozen.actions.done} sur ${frozen.actions.total}`,
    );
    expect(frozen.actions.total).toBe((await bilanOf()).actions.total - 1);
    await context.close();
  });

  it('downloads the Word report and the public page from the chosen snapshot, and opens the public page', async () => {
    const [snapshot] = (await tab.server.api('/snapshots', { as: DGS })).body.items;
    const { context } = await tab.newContext({ acceptDownloads: true });
    const page = await tab.open(context, `/bilan?snapshot=${snapshot.id}`, { as: DGS });
    const exports = page.getByRole('region', { name: 'Exports et publication' });
    await exports.getByText(`Les fichiers reprennent l’instantané « ${SNAPSHOT_TITLE} » du 27 novembre 2026.`).waitFor();

    const [word] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Rapport Word' }).click()]);
    expect(word.suggestedFilename()).toBe('bilan-mi-mandat-2026-11-27.docx');
    const docx = fs.readFileSync((await word.path()) ?? '');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.length).toBeGreaterThan(5_000);
    await exports.getByText('Fichier « bilan-mi-mandat-2026-11-27.docx » téléchargé.').waitFor();

    const [html] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Page publique (HTML)' }).click()]);
    const publicPage = fs.readFileSync((await html.path()) ?? '', 'utf8');
    expect(publicPage).toMatch(/^<!doctype html>/i);
    expect(publicPage).toContain('Ville de Valmont-sur-Loire');
    // Drawn from the snapshot: the action added after it is not there.
    expect(publicPage).not.toContain('Diagnostic amiante');

    const [opened] = await Promise.all([context.waitForEvent('page'), exports.getByRole('button', { name: 'Ouvrir la page publique' }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/^blob:/);
    expect(await opened.locator('body').innerText()).toContain('Ville de Valmont-sur-Loire');
    await opened.close();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows readers the public version instead of the internal bilan', async () => {
    const { context } = await tab.newContext({ acceptDownloads: true });
    const page = await tab.open(context, '/', { as: READER });
    const nav = await page.getByRole('navigation', { name: 'Pages de Cap Mandat' }).innerText();
    expect(nav).not.toContain('Bilan');
    expect(nav).toContain('Retours');
    await page.goto(`${tab.server.url}/#/bilan`);
    await page.getByText('Le bilan interne est réservé aux élus', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Rapport Word' }).count()).toBe(0);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Page publique (HTML)' }).click()]);
    expect(fs.readFileSync((await html.path()) ?? '', 'utf8')).toContain('Ville de Valmont-sur-Loire');
    await waitForQuiet(page);
    await screenshot(page, 'bilan-reader');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Retours', () => {
  const TITLE = 'Atelier citoyen « Propreté du centre-ville »';

  it('records a citizen workshop linked to a commitment, then edits it', async () => {
    const before = (await tab.server.api('/feedback', { as: DGS })).body.total as number;
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/retours', { as: DGS });
    expect(await until(() => text(page.locator('[role="search"] [role="status"]')), `${before} retours`, WAIT_MS)).toBe(`${before} retours`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nouveau retour' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau retour' });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/^Type/).inputValue()).toBe('citizen_workshop');
    // Required fields are checked with messages beside them (not the browser's own bubbles).
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    expect(await until(() => dialog.getByText('Ce champ est obligatoire.').count(), 2, WAIT_MS)).toBe(2);
    await dialog.getByLabel(/^Intitulé/).fill(TITLE);
    await dialog.getByLabel(/^Date/).fill('2026-11-20');
    await dialog.getByLabel(/^Participants/).fill('35');
    await dialog.getByLabel(/^Synthèse/).fill('Les habitants demandent plus de corbeilles et un passage le dimanche matin.');
    await dialog.getByLabel(/^Thèmes/).fill('propreté\nmarché du dimanche');
    const linked = dialog.getByRole('combobox', { name: 'Engagements liés' });
    await linked.click();
    // A multiple choice is a menu of checkable items (Fluent's multiselect Dropdown); clicking the field again closes it.
    await page.getByRole('menuitemcheckbox', { name: /^1\.1 Rénover thermiquement/ }).click();
    await linked.click();
    expect(await linked.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Retour enregistré.').waitFor();
    await screenshot(page, 'feedback');
    const row = page.locator('tr[data-feedback]', { hasText: TITLE });
    await row.waitFor();
    expect(await text(row)).toContain('20 novembre 2026');
    expect(await text(row)).toContain('propreté, marché du dimanche');
    expect(await text(row)).toContain('1.1 Rénover thermiquement');
    const id = await row.getAttribute('data-feedback');
    const stored = (await tab.server.api(`/feedback/${id}`, { as: DGS })).body;
    expect(stored).toMatchObject({ kind: 'citizen_workshop', date: '2026-11-20', participants: 35, themes: ['propreté', 'marché du dimanche'], commitmentIds: ['eng-1-1'] });
    expect((await tab.server.api(`/feedback/${id}/history`, { as: DGS })).body.items[0].source).toBe('tab');

    await row.getByRole('button', { name: `Modifier le retour « ${TITLE} »` }).click();
    const edit = page.getByRole('dialog', { name: `Modifier le retour « ${TITLE} »` });
    await edit.waitFor();
    await edit.getByLabel(/^Participants/).fill('42');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await edit.getByText('Modifications enregistrées.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Fermer' }).click();
    expect(await until(() => text(row.locator('td').nth(2)), '42', WAIT_MS)).toBe('42');
    expect((await tab.server.api(`/feedback/${id}`, { as: DGS })).body.participants).toBe(42);

    // The bilan counts it among the citizens' voice.
    const bilan = await bilanOf();
    expect(bilan.voice.records.some((r) => r.title === TITLE)).toBe(true);

    // A reader reads, and may not write.
    const reader = await tab.open(context, '/retours', { as: READER });
    await reader.locator('tr[data-feedback]', { hasText: TITLE }).waitFor();
    expect(await reader.getByRole('button', { name: 'Nouveau retour' }).count()).toBe(0);
    await reader.getByText('Lecture seule : les retours sont saisis par l’équipe de pilotage et les administrateurs.').waitFor();
    expect(await axeViolations(reader)).toEqual([]);
    await context.close();
  });
});

describe('Champs internes', () => {
  it('lets an administrator choose what readers see: blockers shown to a reader once public, hidden again once internal', async () => {
    const blockers = (await tab.server.api('/actions/act-001', { as: DGS })).body.blockers as string;
    const { context } = await tab.newContext();
    const readerBlockers = async (): Promise<string> => {
      const reader = await tab.open(context, '/actions/act-001', { as: READER });
      const value = await reader.locator('textarea[data-field="blockers"]').inputValue();
      await reader.close();
      return value;
    };
    // By default blockers are internal.
    expect(await readerBlockers()).toBe('');

    const admin = await tab.open(context, '/admin', { as: ADMIN });
    const panel = admin.getByRole('region', { name: 'Champs internes' });
    const box = panel.getByRole('checkbox', { name: 'Action — points de blocage' });
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await text(panel)).toContain('Les lecteurs (agents en consultation) ne les voient jamais');
    await box.uncheck();
    await panel.getByRole('button', { name: 'Enregistrer les champs internes' }).click();
    await panel.getByText('Champs internes enregistrés.').waitFor();
    await screenshot(admin, 'admin-internal-fields', { fullPage: true });
    const mandate = (await tab.server.api('/mandate', { as: ADMIN })).body;
    expect(mandate.internalFields).toEqual(['action.budgetPlanned', 'action.budgetSpent', 'action.staffing']);
    expect(await axeViolations(admin)).toEqual([]);
    expect(await readerBlockers()).toBe(blockers);

    await box.check();
    await panel.getByRole('button', { name: 'Enregistrer les champs internes' }).click();
    await panel.getByText('Champs internes enregistrés.').waitFor();
    expect((await tab.server.api('/mandate', { as: ADMIN })).body.internalFields).toContain('action.blockers');
    expect(await readerBlockers()).toBe('');

    // The pilotage team does not choose: the panel is not theirs.
    const pilot = await tab.open(context, '/admin', { as: DGS });
    expect(await pilot.getByRole('region', { name: 'Champs internes' }).count()).toBe(0);
    await context.close();
  });
});

describe('Feuille de route de la seconde moitié', () => {
  it('at mid-term, re-prioritises an action, revises a target with a reason, adds a second-half action, all marked as changed at mid-term', async () => {
    // The clock reaches the mid-term (22 March 2029).
    tab.server.clock.advance((Date.parse('2029-04-03T09:00:00Z') - Date.parse(tab.server.clock.now())) / 1000);
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan/seconde-moitie', { as: DGS });
    await page.locator('section[data-plan="eng-1-1"]').waitFor();
    const roadmap = (await tab.server.api('/actions?limit=5000', { as: DGS })).body.items as { half: string; status: string }[];
    const second = roadmap.filter((a) => a.half === 'second' && a.status !== 'cancelled').length;
    expect(await text(page.locator('[data-kpi="second"]'))).toBe(String(second));
    expect(await text(page.locator('[data-kpi="changed"]'))).toBe('0');
    expect(await axeViolations(page)).toEqual([]);

    // Re-prioritise and reallocate: act-002 moves to the second half with more budget and staffing.
    const plan = page.locator('section[data-plan="eng-1-1"]');
    const action = plan.locator('tr[data-action="act-002"]');
    await action.getByRole('button', { name: /^Réorienter l’action/ }).click();
    const steer = page.getByRole('dialog', { name: /^Réorienter l’action/ });
    await steer.waitFor();
    await steer.getByLabel(/^Moitié du mandat/).selectOption('second');
    await steer.getByLabel(/^Budget prévu/).fill('2600000');
    await steer.getByLabel(/^Moyens humains/).fill('2.5');
    await steer.getByRole('button', { name: 'Enregistrer' }).click();
    await steer.getByText('Modifications enregistrées.').waitFor();
    await steer.getByRole('button', { name: 'Fermer' }).click();
    expect(await until(() => action.locator('[data-half]').getAttribute('data-half'), 'second', WAIT_MS)).toBe('second');
    expect(await untilContains(() => action.locator('th').innerText(), 'Changé à mi-mandat', WAIT_MS)).toMatch(/moitié du mandat/);
    const [entry] = (await tab.server.api('/actions/act-002/history', { as: DGS })).body.items;
    expect(entry).toMatchObject({ source: 'tab', at: expect.stringMatching(/^2029-04-03/) });
    expect(entry.changes.map((c: { field: string }) => c.field).sort()).toEqual(['budgetPlanned', 'half', 'staffing']);

    // Revise a target with a reason.
    const indicator = plan.locator('tr[data-indicator="ind-01"]');
    await indicator.getByRole('button', { name: /^Réviser la cible/ }).click();
    const revise = page.getByRole('dialog', { name: /^Réviser la cible/ });
    await revise.getByLabel(/^Nouvelle cible/).fill('3600');
    await revise.getByRole('button', { name: 'Réviser la cible' }).click();
    await revise.getByText('Indiquez le motif de la révision.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await revise.getByLabel(/^Motif de la révision/).fill('Deux écoles ajoutées au périmètre du programme.');
    await revise.getByRole('button', { name: 'Réviser la cible' }).click();
    await page.getByText(/^Cible de « .* » révisée\.$/).waitFor();
    const ind = (await tab.server.api('/indicators/ind-01', { as: DGS })).body;
    expect(ind.targetValue).toBe(3600);
    expect(norm(ind.description)).toMatch(/Cible révisée le 3 avril 2029 : 3 400 MWh \(21 mars 2032\) → 3 600 MWh \(21 mars 2032\)\. Motif : Deux écoles ajoutées au périmètre du programme\./);
    expect(await untilContains(() => text(indicator.locator('[data-target]')), '3 600', WAIT_MS)).toBe('3 600 MWh');

    // Add a second-half action.
    await plan.getByRole('button', { name: 'Ajouter une action de seconde moitié à l’engagement 1.1' }).click();
    const create = page.getByRole('dialog', { name: 'Nouvelle action de seconde moitié — engagement 1.1' });
    await create.waitFor();
    expect(await create.getByLabel(/^Moitié du mandat/).inputValue()).toBe('second');
    await create.getByLabel(/^Intitulé/).fill('Rénovation du groupe scolaire Condorcet');
    await create.getByLabel(/^Échéance/).fill('2031-08-29');
    await create.getByLabel(/^Budget prévu/).fill('1800000');
    await create.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByText('« Rénovation du groupe scolaire Condorcet » ajouté à la feuille de route.').waitFor();
    const newRow = plan.locator('tr[data-action]', { hasText: 'Rénovation du groupe scolaire Condorcet' });
    await newRow.waitFor({ timeout: WAIT_MS });
    expect(await text(newRow)).toContain('Changé à mi-mandat');
    expect(await text(newRow)).toContain('Seconde moitié');

    // Only what changed at mid-term.
    await page.getByLabel('Actions', { exact: true }).selectOption('changed');
    expect(await until(() => page.locator('tr[data-action]').count(), 2, WAIT_MS)).toBe(2);
    expect(await eventually(() => text(page.locator('[data-kpi="changed"]')), (v) => v === '3', WAIT_MS)).toBe('3');
    await screenshot(page, 'bilan-second-half', { fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('in English', () => {
  it('passes axe on every new page', async () => {
    const [snapshot] = (await tab.server.api('/snapshots', { as: DGS })).body.items;
    const { context } = await tab.newContext();
    const page = await tab.open(context, '/bilan', { as: ADMIN });
    await page.getByLabel('Langue').selectOption('en');
    await page.locator('h1', { hasText: 'Mid-term review' }).waitFor();
    await page.getByRole('region', { name: 'The two views confronted' }).locator('table').waitFor();
    await waitForQuiet(page);
    expect(await axeViolations(page)).toEqual([]);

    await openInEnglish(page, `/bilan/instantanes?from=${snapshot.id}&to=today`, 'Snapshots of the review');
    await page.getByTestId('comparison').waitFor();
    expect(await text(page.getByTestId('comparison'))).toContain('due date later, progress down');
    expect(await axeViolations(page)).toEqual([]);

    await openInEnglish(page, '/bilan/seconde-moitie', 'Roadmap for the second half');
    expect(await axeViolations(page)).toEqual([]);

    await openInEnglish(page, '/retours', 'Feedback');
    await page.locator('tr[data-feedback]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await openInEnglish(page, '/admin', 'Administration');
    await page.getByRole('region', { name: 'Internal fields' }).getByRole('checkbox').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
