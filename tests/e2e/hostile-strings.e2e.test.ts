import type { BrowserContext, Page } from 'playwright-core';
import type { ChangeContext } from '../../src/domain/entities';
import { HOSTILE, refusedText } from '../support/hostile-strings';
import { axeViolations } from './support/axe';
import { until } from './support/eventually';
import { startTab, waitForQuiet, type TabHarness } from './support/tab';

// Hostile strings in every text the tab shows, read back in Chromium: no dialog, no script or event handler, no link
// made from people's text, the text shown as typed, and the page as accessible as any other.

const ADMIN = 'pers-marc-tessier';
const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };
/** The hostile inputs every text field accepts (what the schemas refuse and over-long texts: the API test covers them). */
const INPUTS = Object.entries(HOSTILE).filter(([, text]) => !refusedText(text, false) && [...text].length <= 60);
const fits = (text: string, max: number) => [...text].length <= max;
const ids = (i: number) => ({ service: `svc-x-${i}`, commitment: `eng-x-${i}`, action: `act-x-${i}`, indicator: `ind-x-${i}` });
/** The axis that holds every hostile commitment: last in order, so it is the last slide of the meeting mode. */
const AXIS = { id: 'axe-x', title: HOSTILE.script!, order: 99, color: '#6A1B9A' };

let tab: TabHarness;
let context: BrowserContext;
const dialogs: string[] = [];
const errors: string[] = [];
let scriptsBefore: string[];

/** For each input, a service, a revised commitment, a blocked and late action (input 0 the latest), an indicator, a measure and a feedback, all holding it. */
async function loadHostileRecords(): Promise<void> {
  const { store } = tab.server;
  await store.axis.create(AXIS, ctx);
  for (const [i, [, h]] of INPUTS.entries()) {
    const id = ids(i);
    await store.service.create({ id: id.service, name: h }, ctx);
    await store.commitment.create({ id: id.commitment, axisId: AXIS.id, reference: `X.${i + 1}`, title: h, description: h, gapJustification: h, status: 'revised' }, ctx);
    await store.action.create(
      {
        id: id.action, commitmentId: id.commitment, serviceId: id.service, title: h, description: h, blockers: h, nextSteps: h,
        status: 'blocked', weather: 'stormy', progress: 10, half: 'first', dueDate: `2024-01-${String(i + 1).padStart(2, '0')}`,
      },
      ctx,
    );
    await store.indicator.create(
      {
        id: id.indicator, actionId: id.action, name: h, unit: fits(h, 30) ? h : 'km', description: h, direction: 'increase',
        baselineValue: 0, baselineDate: '2024-01-01', targetValue: 100, targetDate: '2027-12-31', milestones: [], frequency: 'annual',
      },
      ctx,
    );
    await store.measure.create({ id: `mes-x-${i}`, indicatorId: id.indicator, date: '2026-06-30', value: 5, source: 'manual', comment: h }, ctx);
    await store.feedback.create(
      { id: `fb-x-${i}`, kind: 'citizen_workshop', title: h, date: '2026-05-04', summary: h, participants: 12, themes: fits(h, 60) ? [h] : [], commitmentIds: [id.commitment] },
      ctx,
    );
  }
}

/** The scripts of a page, and what could run without one: event-handler attributes, images, links leaving the tab. */
const domOf = (page: Page) =>
  page.evaluate(() => ({
    scripts: [...document.scripts].map((s) => s.src || `inline: ${s.textContent ?? ''}`),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)),
    images: [...document.images].map((img) => img.getAttribute('src')),
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => !href.startsWith('#')),
  }));

/** No dialog opened, no script but the tab's own, no handler, no image or link from people's text, no axe violation. */
async function expectInert(page: Page, scripts: string[] = scriptsBefore): Promise<void> {
  const dom = await domOf(page);
  expect(dom.scripts).toEqual(scripts);
  expect(dom.handlers).toEqual([]);
  expect(dom.images.filter((src) => src === 'x')).toEqual([]);
  expect(dom.links).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

const textOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.textContent ?? '');
const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/**
 * One page for a series of records of one kind, opened before the series: each test moves it to its record by the
 * address, as a link would, and waits for the record's heading (the tab loads once, not once per record).
 */
function pageMovedTo(first: string): (hashPath: string, heading: string) => Promise<Page> {
  let page: Page;
  beforeAll(async () => {
    page = await tab.open(context, first, { as: ADMIN });
  });
  afterAll(async () => {
    await page.close();
  });
  return async (hashPath, heading) => {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, hashPath);
    await until(() => textOf(page, 'h1'), heading);
    await waitForQuiet(page);
    return page;
  };
}

beforeAll(async () => {
  tab = await startTab();
  // Tall enough for the virtualised roadmap to render every row of the hostile axis.
  context = (await tab.newContext({ viewport: { width: 1440, height: 2600 } })).context;
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  const page = await tab.open(context, '/', { as: ADMIN });
  scriptsBefore = (await domOf(page)).scripts;
  await page.close();
  await loadHostileRecords();
}, 60_000);
afterAll(async () => {
  await tab.close();
});
beforeEach(() => {
  dialogs.length = 0;
  errors.length = 0;
});

describe('hostile strings in the tab', () => {
  it('roadmap: each action title, engagement and service shows as typed, inert', async () => {
    const page = await tab.open(context, `/roadmap?axis=${AXIS.id}`, { as: ADMIN });
    for (const [i, [, h]] of INPUTS.entries()) {
      const link = `a[href="#/actions/${ids(i).action}"]`;
      expect(await textOf(page, link)).toBe(h);
      const row = await page.locator('[role="treeitem"][data-row-kind="action"]', { has: page.locator(link) }).evaluate((el) => el.textContent ?? '');
      expect(row.split(h).length - 1).toBeGreaterThanOrEqual(2); // title and service
    }
    expect(await bodyText(page)).toContain(AXIS.title);
    await expectInert(page);
    await page.close();
  });

  describe('action pages, one after the other', () => {
    const visit = pageMovedTo('/actions/act-001');
    it.each(INPUTS.map(([label, h], i) => [label, i, h] as const))('action page holding %s: title, description, blockers and next steps as typed, inert', async (_label, i, h) => {
      const page = await visit(`/actions/${ids(i).action}`, h);
      for (const field of ['title', 'description', 'blockers', 'nextSteps']) expect(await page.locator(`[data-field="${field}"]`).inputValue()).toBe(h);
      await expectInert(page);
    });
  });

  it('engagements: each title and gap justification shows as typed, inert', async () => {
    const page = await tab.open(context, '/commitments', { as: ADMIN });
    for (const [i, [, h]] of INPUTS.entries()) {
      const row = await textOf(page, `tr[data-commitment="${ids(i).commitment}"]`);
      expect(row.split(h).length - 1).toBeGreaterThanOrEqual(2);
    }
    await expectInert(page);
    await page.close();
  });

  describe('indicator pages, one after the other', () => {
    const visit = pageMovedTo('/indicators/ind-001');
    it.each(INPUTS.map(([label, h], i) => [label, i, h] as const))('indicator page holding %s: name and unit as typed, inert', async (_label, i, h) => {
      const page = await visit(`/indicators/${ids(i).indicator}`, h);
      if (fits(h, 30)) expect(await bodyText(page)).toContain(`5 ${h}`);
      await expectInert(page);
    });
  });

  it('dashboard: the six latest actions (the first hostile inputs) show as typed, inert', async () => {
    const page = await tab.open(context, '/', { as: ADMIN });
    const text = await bodyText(page);
    for (const [, h] of INPUTS.slice(0, 6)) expect(text).toContain(h);
    await expectInert(page);
    await page.close();
  });

  it('meeting mode: the hostile axis slide shows its title and five worst exceptions as typed, inert', async () => {
    const page = await tab.open(context, '/meeting', { as: ADMIN });
    const slides = (await tab.server.api('/roadmap', { as: ADMIN })).body.axes.length + 1;
    await page.locator('body').focus();
    await page.keyboard.press('End');
    expect(await until(() => page.locator('[data-slide]').getAttribute('data-slide'), String(slides))).toBe(String(slides));
    expect(await textOf(page, '[data-slide] h2')).toBe(AXIS.title);
    const exceptions = await page.locator('[data-slide] section').first().locator('li').evaluateAll((items) => items.map((li) => li.firstElementChild?.textContent ?? ''));
    expect(exceptions).toEqual(INPUTS.slice(0, 5).map(([, h]) => h));
    await expectInert(page);
    await page.close();
  });

  it('public page of the bilan: feedback, engagements and gap justifications as typed, no script at all', async () => {
    const { context: reader } = await tab.newContext({ extraHTTPHeaders: { 'X-Dev-User': ADMIN } });
    reader.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const page = await reader.newPage();
    expect((await page.goto(`${tab.server.url}/api/v1/exports/public.html`))?.status()).toBe(200);
    const text = await bodyText(page);
    for (const [, h] of INPUTS) expect(text.split(h).length - 1).toBeGreaterThanOrEqual(3); // feedback, engagement, justification
    await expectInert(page, []);
    await reader.close();
  });
});
