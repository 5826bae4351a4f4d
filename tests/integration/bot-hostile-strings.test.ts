import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { SUMMARY_STEP } from '../../src/app/campaigns/questionnaire/questionnaire-position.js';
import { withoutMeta } from '../../src/domain/entities/index.js';
import { createServices, type AppServices } from '../../src/app/services.js';
import type { Campaign } from '../../src/domain/campaigns/campaign.schema.js';
import { conversationRefIdOf, type ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import type { CampaignResponse } from '../../src/domain/campaigns/response.schema.js';
import { MANDATE_ID, type Action, type ChangeContext, type Stored, type Version, type Weather } from '../../src/domain/entities/index.js';
import type { CardActionReply } from '../../src/ports/bot-application.port.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { fixedClock, sequentialIds } from '../support/fixed-clock.js';
import { HOSTILE, malformed, refusedText, unwritable } from '../support/hostile-strings.js';
import { startProvisionedEmulator } from '../support/sharepoint-emulator-store.js';
import { allNodes, elementAfterInput, inputById, readableText, shownTexts, verbs, type Node } from '../unit/bot/support/card-queries.js';
import { cardProblems } from '../unit/bot/support/card-validation.js';
import { actorOf, entraId, makeCampaign, makeDelivery, press } from '../unit/campaigns/questionnaire/support/questionnaire-fixture.js';

// Records and card answers holding hostile strings, through every card the bot builds, on both stores: each card is a
// valid Adaptive Card whose markdown texts show people's text literally (no link, emphasis, list, mention or HTML),
// with no link out but the tab's; each answer is kept verbatim or refused beside its input, nothing saved.

const TAB_URL = 'https://teams.microsoft.com/l/entity/cap-mandat/roadmap';
const ctx: ChangeContext = { actor: { id: 'fixture', name: 'Fixture' }, source: 'seed', at: '2026-11-27T08:00:00.000Z' };
const [P, A, SVC, AXIS, ENG, ACT, IND] = ['pers-recipient', 'pers-answered', 'svc-h', 'axe-h', 'eng-h', 'act-h', 'ind-h'];
const ANSWERED = { state: 'answered', currentStep: SUMMARY_STEP, answeredAt: '2026-11-26T10:00:00.000Z' } as const;

/** A Teams mention typed as text: it must stay text. */
const MENTION = { mention: '<at>Marc Tessier</at> validez vite' };
const codePoints = (text: string): number => [...text].length;
/** Whether a single-line field of `max` characters accepts the text (what the schemas refuse is the API test's). */
const fits = (text: string, max: number): boolean => !refusedText(text, false) && codePoints(text) <= max;
/** Whether a multi-line answer of `max` characters is refused: half a character, a control character, or too long. */
const answerRefused = (typed: string, max: number): boolean => malformed(typed) || unwritable(typed) || codePoints(typed) > max;
/** What a multi-line answer keeps of what was typed: line ends as LF, trimmed, nothing when nothing shows. */
const keptAnswer = (typed: string): string => {
  const text = typed.replace(/\r\n?/g, '\n').trim();
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '') === '' ? '' : text;
};
/** Hostile inputs every text field of the fixture can hold. */
const RECORD_INPUTS = Object.entries({ ...HOSTILE, ...MENTION }).filter(([, text]) => fits(text, 120));

interface Repo<T> {
  get(id: string): Promise<Stored<T> | undefined>;
  create(record: T, ctx: ChangeContext): Promise<unknown>;
  update(next: T, version: Version, ctx: ChangeContext): Promise<unknown>;
}

/** Creates the record, or replaces it with this content. */
async function put<T extends { id: string }>(repo: Repo<T>, record: T, change = ctx): Promise<void> {
  const current = await repo.get(record.id);
  await (current ? repo.update(record, current.version, change) : repo.create(record, change));
}

/**
 * The roadmap records with every text field holding `h` (a unit keeps "km" when `h` is over its 30 characters). Round
 * `round` is written a second after the previous one, its météo never back to the first: the digest sees a change.
 */
async function holdRecords(store: RoadmapStore, h: string, round: number): Promise<void> {
  const unit = fits(h, 30) ? h : 'km';
  const at: ChangeContext = { ...ctx, at: new Date(Date.parse(ctx.at) + round * 1000).toISOString() };
  const weather: Weather = round === 0 ? 'sunny' : round % 2 === 0 ? 'cloudy' : 'stormy';
  await put(store.mandate, { id: MANDATE_ID, collectivityName: h, collectivityKind: 'commune', startDate: '2020-07-01', endDate: '2026-06-30', midTermDate: '2023-07-01' });
  await put(store.service, { id: SVC, name: h, headPersonId: P });
  await put(store.person, { id: P, displayName: h, role: 'service_head', serviceIds: [SVC], entraObjectId: entraId(1) });
  await put(store.person, { id: A, displayName: h, role: 'service_head', serviceIds: [SVC], entraObjectId: entraId(2) });
  await put(store.axis, { id: AXIS, title: h, description: h, order: 1, color: '#2E7D32' });
  await put(store.commitment, { id: ENG, axisId: AXIS, reference: '1.1', title: h, description: h, leadPersonId: P, status: 'in_progress' });
  const running: Omit<Action, 'id' | 'title'> = { commitmentId: ENG, serviceId: SVC, status: 'in_progress', half: 'first', progress: 40 };
  // Late, and its météo changes at each round: it is in both lists of the digest.
  await put(store.action, { ...running, id: ACT, title: h, description: h, blockers: h, nextSteps: h, dueDate: '2026-06-30', weather }, at);
  await put(store.action, { ...running, id: 'act-plain', title: 'Action sans piège', dueDate: '2027-06-30' });
  await put(store.indicator, {
    id: IND, actionId: ACT, name: h, unit, description: h, direction: 'increase', baselineValue: 0, baselineDate: '2025-01-01', targetValue: 10, targetDate: '2030-01-01', milestones: [], frequency: 'annual',
  });
  await put(store.measure, { id: 'mes-h', indicatorId: IND, date: '2026-10-01', value: 4, source: 'manual', comment: h });
}

/** The campaigns, with titles, descriptions and question texts holding `h`. */
function campaignsHolding(h: string): Campaign[] {
  const texts = { title: h, description: h };
  const label = { fr: h };
  return [
    makeCampaign({ id: 'camp-review', kind: 'action_review', ...texts }),
    makeCampaign({ id: 'camp-self', kind: 'elected_self_assessment', ...texts }),
    makeCampaign({ id: 'camp-time', kind: 'working_time_1607', ...texts }),
    makeCampaign({
      id: 'camp-custom', kind: 'custom', ...texts,
      questions: [
        { id: 'texte-long', type: 'text', label, help: label, required: false, maxLength: 4000, multiline: true },
        { id: 'texte-court', type: 'text', label, required: false, maxLength: 200, multiline: false },
        { id: 'choix', type: 'choice', label, required: false, multiple: false, options: [{ value: 'a', label }, { value: 'b', label: { fr: 'Autre' } }] },
        { id: 'nombre', type: 'number', label, required: false, integer: false, ...(fits(h, 30) ? { unit: h } : {}) },
      ],
    }),
    // An earlier review, closed: its comment shows on the current one.
    makeCampaign({ id: 'camp-old', kind: 'action_review', ...texts, state: 'closed', openingDate: '2026-03-01', deadline: '2026-03-31' }),
  ];
}

/** What the recipients answered, every free text holding `h`. */
function responsesHolding(h: string): CampaignResponse[] {
  const response = (deliveryId: string, campaignId: string, personId: string, answers: CampaignResponse['answers']): CampaignResponse =>
    ({ id: `${deliveryId}.r`, deliveryId, campaignId, personId, answers, submittedAt: '2026-11-26T10:00:00.000Z' });
  return [
    response('del-p-old', 'camp-old', P, { kind: 'action_review', bySubject: { [ACT]: { progress: 30, comment: h, measures: [] } } }),
    response('del-a-review', 'camp-review', A, {
      kind: 'action_review', bySubject: { [ACT]: { progress: 50, blockers: h, nextSteps: h, needs: h, comment: h, measures: [{ indicatorId: IND, value: 5 }] } },
    }),
    response('del-a-self', 'camp-self', A, { kind: 'elected_self_assessment', bySubject: { [ENG]: { score: 3, difficulties: h } } }),
    response('del-a-time', 'camp-time', A, {
      kind: 'working_time_1607', bySubject: { [SVC]: { hoursFreed: 100, split: { better_service: 100, new_projects: 0, quality_of_life: 0, other: 0 }, examples: h } },
    }),
    response('del-a-custom', 'camp-custom', A, {
      kind: 'custom', bySubject: { 'texte-long': { type: 'text', value: h }, 'texte-court': { type: 'text', value: h }, choix: { type: 'choice', values: ['a'] }, nombre: { type: 'number', value: 3 } },
    }),
  ];
}

/** The recipient P's personal chat with the bot. */
const conversation: ConversationRef = {
  id: conversationRefIdOf('personal', '29:recipient'), scope: 'personal', tenantId: 'tenant', serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversationId: 'a:recipient', botId: '28:cap-mandat', userId: '29:recipient', aadObjectId: entraId(1), userName: 'Teams', locale: 'fr-FR', installedAt: '2026-11-01T08:00:00.000Z',
};

/** A store holding the fixture, the services wired on it, and a way to make every text hold another string. */
interface World {
  store: RoadmapStore;
  services: AppServices;
  hold(h: string): Promise<void>;
  close(): Promise<void>;
}

async function openWorld(store: RoadmapStore, close: () => Promise<void>): Promise<World> {
  const services = createServices(store, fixedClock(), sequentialIds(), { tabUrl: TAB_URL, pdf: new ChromiumPdfRenderer() });
  let round = 0;
  const hold = async (h: string) => {
    await holdRecords(store, h, round);
    round += 1;
    for (const campaign of campaignsHolding(h)) await put(store.operations.campaign, campaign);
    for (const response of responsesHolding(h)) await put(store.operations.response, response);
  };
  await hold('Texte ordinaire');
  for (const [kind, id] of [['review', 'camp-review'], ['self', 'camp-self'], ['time', 'camp-time'], ['custom', 'camp-custom']]) {
    await store.operations.delivery.create(makeDelivery({ id: `del-p-${kind}`, campaignId: id, personId: P }));
    await store.operations.delivery.create(makeDelivery({ id: `del-a-${kind}`, campaignId: id, personId: A, ...ANSWERED }));
  }
  await store.operations.delivery.create(makeDelivery({ id: 'del-p-old', campaignId: 'camp-old', personId: P, ...ANSWERED, answeredAt: '2026-03-20T10:00:00.000Z' }));
  await services.bot.installed(conversation);
  return { store, services, hold, close };
}

const STORES: [string, () => Promise<World>][] = [
  ['SQLite', async () => {
    const store = openSqliteStore(':memory:');
    return openWorld(store, () => store.close());
  }],
  ['SharePoint (Graph emulator)', async () => {
    const site = await startProvisionedEmulator();
    const store = await site.open();
    return openWorld(store, async () => {
      await store.close();
      await site.close();
    });
  }],
];

// ——— What a card must be, whatever text it holds ———

const MARKDOWN_SYNTAX = '`*_[]()#<>';

/** Markdown that would be interpreted in a TextBlock or fact: an unescaped syntax character, or a line starting a list. */
function activeMarkdown(shown: string): string[] {
  const found: string[] = [];
  for (const line of shown.split('\n')) {
    if (/^\s*([-+=]|\d+\.)/.test(line)) found.push(`list marker: ${line}`);
    for (let i = 0; i < line.length; i += 1) {
      if (line[i] === '\\') i += 1;
      else if (MARKDOWN_SYNTAX.includes(line[i]!)) found.push(`${line[i]} in: ${line}`);
    }
  }
  return found;
}

/** Everything a person reads on the card: markdown texts unescaped, input labels, values and choices (plain text). */
function seenText(card: unknown): string {
  const plain = allNodes(card).flatMap((n: Node) => [n.label, n.placeholder, typeof n.value === 'string' ? n.value : undefined, ...(n.choices ?? []).map((c) => c.title)]);
  return [readableText(card), ...plain.filter((t): t is string => typeof t === 'string')].join('\n');
}

/** Every URL the card holds (buttons, images, select actions), wherever it sits. */
const urlsOf = (card: unknown): unknown[] => allNodes(card).flatMap((n) => Object.entries(n).filter(([key]) => /url$/i.test(key)).map(([, url]) => url));

/** Checks a card as Teams would get it: valid and small, markdown inert, no mention, no link but the tab's. */
function expectInert(card: unknown, typedWellFormed = true): void {
  expect(cardProblems(card)).toEqual([]);
  expect(shownTexts(card).flatMap(activeMarkdown)).toEqual([]);
  if (typedWellFormed) expect(shownTexts(card).filter(malformed)).toEqual([]);
  expect(allNodes(card).filter((n) => 'entities' in n || n.type === 'mention')).toEqual([]);
  expect(urlsOf(card).filter((url) => url !== TAB_URL)).toEqual([]);
}

const cardOfReply = (reply: CardActionReply): object => {
  if (reply.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(reply)}`);
  return reply.card;
};
const delivery = async (w: World, id: string) => (await w.store.operations.delivery.get(id))!;
const questionnaireCard = async (w: World, deliveryId: string) => w.services.questionnaire.cardFor(await delivery(w, deliveryId), 'fr');
const recipient = async (w: World) => (await w.store.person.get(P))!;
const command = async (w: World, verb: 'my-actions' | 'my-campaigns') =>
  cardOfReply(await w.services.questionnaire.act(await recipient(w), actorOf(entraId(1)), { action: { type: 'Action.Execute', verb, data: {} }, trigger: 'manual' }));

/** A card the bot builds, and the texts of the fixture it shows (`×n`: n times; units only when the string fits in 30). */
interface CardCase {
  name: string;
  shows: string[];
  build(w: World): Promise<unknown>;
}

const CARDS: CardCase[] = [
  { name: 'action-review step', shows: ['campaign title', 'action title', 'description', 'blockers', 'next steps', 'commitment title', 'service name', 'indicator name', 'indicator unit', 'last comment'], build: (w) => questionnaireCard(w, 'del-p-review') },
  { name: 'self-assessment page', shows: ['campaign title', 'commitment title', 'axis title'], build: (w) => questionnaireCard(w, 'del-p-self') },
  { name: 'working-time step', shows: ['campaign title', 'service name'], build: (w) => questionnaireCard(w, 'del-p-time') },
  { name: 'custom page', shows: ['campaign title', 'campaign description', 'question labels ×4', 'help', 'option label', 'number unit'], build: (w) => questionnaireCard(w, 'del-p-custom') },
  { name: 'answered action review', shows: ['campaign title', 'action title', 'blockers', 'next steps', 'needs', 'comment', 'indicator name'], build: (w) => questionnaireCard(w, 'del-a-review') },
  { name: 'answered self-assessment', shows: ['campaign title', 'commitment title', 'difficulties'], build: (w) => questionnaireCard(w, 'del-a-self') },
  { name: 'answered working time', shows: ['campaign title', 'service name', 'examples'], build: (w) => questionnaireCard(w, 'del-a-time') },
  { name: 'answered custom', shows: ['campaign title', 'question labels ×4', 'text answers ×2', 'option label'], build: (w) => questionnaireCard(w, 'del-a-custom') },
  { name: 'closed campaign', shows: ['campaign title'], build: (w) => questionnaireCard(w, 'del-p-old') },
  { name: 'my actions', shows: ['action title'], build: (w) => command(w, 'my-actions') },
  { name: 'my questionnaires', shows: ['campaign titles ×4'], build: (w) => command(w, 'my-campaigns') },
  {
    name: 'reminder', shows: ['campaign title'],
    build: async (w) => {
      const composed = await w.services.outbox.compose({ id: 'del-p-review.r-1', purpose: 'reminder', campaignId: 'camp-review', deliveryId: 'del-p-review', state: 'pending', notBefore: ctx.at, attempts: 0 });
      if (composed.kind !== 'send') throw new Error(`reminder not sent: ${JSON.stringify(composed)}`);
      return composed.message.card;
    },
  },
  { name: 'digest', shows: ['collectivity name', 'late action title', 'service name', 'météo change title', 'campaign titles ×4'], build: (w) => w.services.digest.build('fr') },
  {
    name: 'welcome', shows: ['person name', 'collectivity name'],
    // The welcome comes with an installation: remove the app, install it again.
    build: async (w) => {
      await w.services.bot.uninstalled(conversation.id, ctx.at);
      const message = await w.services.bot.installed(conversation);
      if (!message?.card) throw new Error('no welcome on a new installation');
      return message.card;
    },
  },
];

const UNITS = new Set(['indicator unit', 'number unit']);
/** How many times the card shows `h`, at least. */
const expectedShows = (c: CardCase, h: string): number =>
  c.shows.filter((field) => !UNITS.has(field) || fits(h, 30)).reduce((sum, field) => sum + Number(/×(\d+)$/.exec(field)?.[1] ?? 1), 0);

// ——— Card answers ———

/** One free-text input of a questionnaire step, what makes the rest of the step valid, and where its answer is kept. */
interface TextInputCase {
  kind: string;
  deliveryId: string;
  step: number;
  input: string;
  max: number;
  valid: Record<string, string>;
  stored(response: CampaignResponse | undefined): unknown;
}

const reviewAnswer = (r: CampaignResponse | undefined, id: string) => (r?.answers.kind === 'action_review' ? r.answers.bySubject[id] : undefined);
const TEXT_INPUTS: TextInputCase[] = [
  ...(['blockers', 'nextSteps', 'needs', 'comment'] as const).flatMap((field) => [
    // The first of two actions (save-and-next), then the last one (submit).
    { kind: 'action review', deliveryId: 'del-p-review', step: 0, input: field, max: field === 'comment' ? 1000 : 2000, valid: { progress: '50' }, stored: (r: CampaignResponse | undefined) => reviewAnswer(r, ACT)?.[field] },
    { kind: 'action review', deliveryId: 'del-p-review', step: 1, input: field, max: field === 'comment' ? 1000 : 2000, valid: { progress: '50' }, stored: (r: CampaignResponse | undefined) => reviewAnswer(r, 'act-plain')?.[field] },
  ]),
  {
    kind: 'self-assessment', deliveryId: 'del-p-self', step: 0, input: `difficulties.${ENG}`, max: 2000, valid: { [`score.${ENG}`]: '3' },
    stored: (r) => (r?.answers.kind === 'elected_self_assessment' ? r.answers.bySubject[ENG]?.difficulties : undefined),
  },
  {
    kind: 'working time', deliveryId: 'del-p-time', step: 0, input: 'examples', max: 2000, valid: { hours: '120', 'split.other': '100' },
    stored: (r) => (r?.answers.kind === 'working_time_1607' ? r.answers.bySubject[SVC]?.examples : undefined),
  },
  ...[['q.texte-long', 'texte-long', 4000], ['q.texte-court', 'texte-court', 200]].map(([input, question, max]): TextInputCase => ({
    kind: 'custom', deliveryId: 'del-p-custom', step: 0, input: input as string, max: max as number, valid: {},
    stored: (r) => (r?.answers.kind === 'custom' ? r.answers.bySubject[question as string] : undefined),
  })),
];

/** Numbers people paste that are not numbers: formulas, exponents, hex, and an emoji run longer than the quoted part of the error. */
const NOT_NUMBERS = { formula: '=1+1', overflow: '1e400', exponent: '1e3', hex: '0x10', infinity: 'Infinity', notANumber: 'NaN', longEmoji: '🌳'.repeat(30), ...HOSTILE };
const NUMBER_INPUTS: Pick<TextInputCase, 'kind' | 'deliveryId' | 'input' | 'valid'>[] = [
  { kind: 'action review', deliveryId: 'del-p-review', input: 'progress', valid: {} },
  { kind: 'working time', deliveryId: 'del-p-time', input: 'hours', valid: { 'split.other': '100' } },
  { kind: 'custom', deliveryId: 'del-p-custom', input: 'q.nombre', valid: {} },
];

/** Puts a delivery back on a step, not answered yet (as sent). */
async function reopen(w: World, deliveryId: string, step: number): Promise<void> {
  const current = await delivery(w, deliveryId);
  const { answeredAt: _a, ...data } = withoutMeta(current);
  await w.store.operations.delivery.update({ ...data, state: 'sent', currentStep: step }, current.version);
}

const snapshot = async (w: World, deliveryId: string) => ({ delivery: await delivery(w, deliveryId), response: await w.store.operations.response.get(`${deliveryId}.r`) });

/** Presses the saving button of the step shown (save-and-next, or submit on the last step) with these inputs. */
async function answer(w: World, deliveryId: string, inputs: Record<string, string>): Promise<{ verb: string; card: object }> {
  const card = await questionnaireCard(w, deliveryId);
  const [verb] = verbs(card);
  if (verb !== 'save-and-next' && verb !== 'submit') throw new Error(`no saving button on ${deliveryId}: ${verbs(card).join(', ')}`);
  return { verb, card: cardOfReply(await w.services.questionnaire.act(await recipient(w), actorOf(entraId(1)), press(card, verb, inputs))) };
}

/** The card of a refused save: nothing saved, the error right under the input, what was typed still there. */
async function expectRefused(w: World, deliveryId: string, before: unknown, card: object, input: string, typed: string, message: string | RegExp): Promise<void> {
  expect(await snapshot(w, deliveryId)).toEqual(before);
  expect(readableText(card)).toContain('Rien n’a été enregistré');
  const error = elementAfterInput(card, input);
  expect(error).toMatchObject({ type: 'TextBlock', color: 'attention' });
  expect(readableText(error)).toMatch(message);
  if (inputById(card, input).type === 'Input.Text') expect(inputById(card, input).value).toBe(typed);
  expectInert(card, !malformed(typed));
}

describe.each(STORES)('hostile strings in the bot’s cards on %s', (_store, open) => {
  let w: World;
  beforeAll(async () => {
    w = await open();
  }, 60_000);
  afterAll(() => w.close());

  describe.each(RECORD_INPUTS)('every text of the records holding %s', (_label, h) => {
    beforeAll(() => w.hold(h), 30_000);

    it.each(CARDS.map((c) => [c.name, c.shows.filter((f) => !UNITS.has(f) || fits(h, 30)).join(', '), c] as const))(
      '%s card shows it literally (%s), is valid under 80 KB, with no active markdown, mention or outside link',
      async (_name, _shows, c) => {
        const card = await c.build(w);
        expectInert(card);
        expect(seenText(card).split(h).length - 1).toBeGreaterThanOrEqual(expectedShows(c, h));
      },
    );
  });

  const textCases = TEXT_INPUTS.flatMap((c) => Object.entries(HOSTILE).map(([label, typed]) => [c.kind, c.input, c.step + 1, label, c, typed] as const));
  it.each(textCases)('%s answer %s (step %d) ← %s: kept verbatim in the response, or refused beside the input with nothing saved', async (_kind, _input, _step, _label, c, typed) => {
    await reopen(w, c.deliveryId, c.step);
    const before = await snapshot(w, c.deliveryId);
    const { verb, card } = await answer(w, c.deliveryId, { ...c.valid, [c.input]: typed });
    if (answerRefused(typed, c.max)) {
      const message = malformed(typed) || unwritable(typed) ? /^⚠ .*invalide/ : `la limite est de ${new Intl.NumberFormat('fr-FR').format(c.max)}`;
      await expectRefused(w, c.deliveryId, before, card, c.input, typed, message);
      return;
    }
    const kept = keptAnswer(typed);
    // A custom question keeps no answer at all for a blank one; the other kinds keep the cleared text.
    const expected = c.kind !== 'custom' ? kept : kept === '' ? undefined : { type: 'text', value: kept };
    expect(c.stored(await w.store.operations.response.get(`${c.deliveryId}.r`))).toEqual(expected);
    expect((await delivery(w, c.deliveryId)).state).toBe(verb === 'submit' ? 'answered' : 'sent');
    expectInert(card);
  });

  const numberCases = NUMBER_INPUTS.flatMap((c) => Object.entries(NOT_NUMBERS).map(([label, typed]) => [c.kind, c.input, label, c, typed] as const));
  it.each(numberCases)('%s number %s ← %s: refused as not a number, beside the input, nothing saved', async (_kind, _input, _label, c, typed) => {
    await reopen(w, c.deliveryId, 0);
    const before = await snapshot(w, c.deliveryId);
    const { card } = await answer(w, c.deliveryId, { ...c.valid, [c.input]: typed });
    await expectRefused(w, c.deliveryId, before, card, c.input, typed, /n’est pas un nombre/);
  });
});
