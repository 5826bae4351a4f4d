import { openSqliteStore } from '../../../../../src/adapters/sqlite/sqlite-store.js';
import { QuestionnaireService } from '../../../../../src/app/campaigns/questionnaire/questionnaire.service.js';
import type { LateAnswers, SubmittedEvent } from '../../../../../src/app/campaigns/questionnaire/questionnaire.types.js';
import { seedDemoIfEmpty } from '../../../../../src/app/seed/seed-store.js';
import type { Campaign } from '../../../../../src/domain/campaigns/campaign.schema.js';
import type { Delivery } from '../../../../../src/domain/campaigns/delivery.schema.js';
import type { ChangeContext, Person, Stored } from '../../../../../src/domain/entities/index.js';
import type { BotActor, CardActionReply } from '../../../../../src/ports/bot-application.port.js';
import type { RoadmapStore } from '../../../../../src/ports/store.port.js';
import { fixedClock, sequentialIds } from '../../../../support/fixed-clock.js';
import { cardProblems } from '../../../bot/support/card-validation.js';
import { executeActions } from '../../../bot/support/card-queries.js';

/** The demo's today (2026-11-27, 10:00 in Paris); campaigns below close on 2026-12-04. */
export const TODAY = '2026-11-27';
export const DEADLINE = '2026-12-04';

const ctx: ChangeContext = { actor: { id: 'test', name: 'Test' }, source: 'system', at: '2026-11-27T09:00:00.000Z' };

/** A fake Entra object id for a person, stable per number. */
export const entraId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Gives a demo person an Entra object id (the seed has none) and returns them. */
export async function withEntraId(store: RoadmapStore, personId: string, n: number): Promise<Stored<Person>> {
  const person = await store.person.get(personId);
  if (!person) throw new Error(`no person ${personId}`);
  const { version, createdAt: _c, updatedAt: _u, ...data } = person;
  return store.person.update({ ...data, entraObjectId: entraId(n) }, version, ctx);
}

/** A campaign of the given kind, open, closing on DEADLINE; override any field. */
export function makeCampaign(overrides: Partial<Campaign> & Pick<Campaign, 'kind'>): Campaign {
  return {
    id: 'camp-1',
    title: 'Revue des actions — automne 2026',
    audience: { kind: 'elected_officials' },
    openingDate: '2026-11-20',
    deadline: DEADLINE,
    reminderOffsets: [],
    applyMode: 'proposals',
    state: 'open',
    ...overrides,
  } as Campaign;
}

/** A delivery that was sent; override any field. */
export function makeDelivery(overrides: Partial<Delivery> & Pick<Delivery, 'personId'>): Delivery {
  return { id: 'del-1', campaignId: 'camp-1', state: 'sent', attempts: 1, currentStep: 0, cardVersion: 0, sentAt: '2026-11-20T08:00:00.000Z', ...overrides };
}

/** A Teams actor for a person's Entra id. */
export function actorOf(aadObjectId: string | undefined, locale = 'fr-FR'): BotActor {
  return { userId: '29:user', ...(aadObjectId ? { aadObjectId } : {}), locale, conversationId: 'a:conv', conversationType: 'personal' };
}

/** The card of a reply, checked with the adaptivecards library and the size limit. */
export function cardOf(reply: CardActionReply): Record<string, unknown> {
  if (reply.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(reply)}`);
  expect(cardProblems(reply.card)).toEqual([]);
  return reply.card as Record<string, unknown>;
}

/** What Teams sends when the button of `verb` is pressed on `card`, with the values typed in its inputs. */
export function press(card: unknown, verb: string, inputs: Record<string, string> = {}): unknown {
  // The automatic refresh is not a button: Teams sends the card's refresh action when the card is viewed.
  const refresh = (card as { refresh?: { action: { verb: string; data: Record<string, unknown> } } }).refresh?.action;
  const button = verb === 'refresh' && refresh ? { ...refresh, associatedInputs: 'none' } : executeActions(card).find((a) => a.verb === verb);
  if (!button) throw new Error(`no ${verb} button on the card`);
  return { action: { type: 'Action.Execute', verb, data: { ...button.data, ...(button.associatedInputs === 'none' ? {} : inputs) } }, trigger: 'manual' };
}

/** A seeded store, a questionnaire service and helpers to act as one recipient. */
export interface Fixture {
  store: RoadmapStore;
  clock: ReturnType<typeof fixedClock>;
  service: QuestionnaireService;
  submitted: jest.Mock<Promise<void>, [SubmittedEvent]>;
  person: Stored<Person>;
  actor: BotActor;
  campaign: Stored<Campaign>;
  delivery: () => Promise<Stored<Delivery>>;
  /** The card the delivery shows now, validated. */
  card: () => Promise<Record<string, unknown>>;
  /** Acts as the recipient. */
  act: (value: unknown) => Promise<CardActionReply>;
  close: () => Promise<void>;
}

/** Options of the fixture. */
export interface FixtureOptions {
  personId: string;
  campaign: Partial<Campaign> & Pick<Campaign, 'kind'>;
  delivery?: Partial<Delivery>;
  lateAnswers?: LateAnswers;
  /** Runs after seeding, before the campaign is created. */
  prepare?: (store: RoadmapStore) => Promise<void>;
}

/** Seeds the demo commune in SQLite and creates one campaign with one delivery to `personId`. */
export async function questionnaireFixture(options: FixtureOptions): Promise<Fixture> {
  const store = openSqliteStore(':memory:');
  const clock = fixedClock('2026-11-27T09:00:00.000Z');
  await seedDemoIfEmpty(store, clock);
  await options.prepare?.(store);
  const person = await withEntraId(store, options.personId, 1);
  const submitted = jest.fn<Promise<void>, [SubmittedEvent]>(() => Promise.resolve());
  const service = new QuestionnaireService({ store, clock, ids: sequentialIds(), submitted, ...(options.lateAnswers ? { lateAnswers: options.lateAnswers } : {}) });
  const campaign = await store.operations.campaign.create(makeCampaign(options.campaign));
  await store.operations.delivery.create(makeDelivery({ personId: person.id, campaignId: campaign.id, ...options.delivery }));
  const actor = actorOf(person.entraObjectId);
  const delivery = async () => (await store.operations.delivery.get('del-1'))!;
  return {
    store,
    clock,
    service,
    submitted,
    person,
    actor,
    campaign,
    delivery,
    card: async () => {
      const card = await service.cardFor(await delivery(), 'fr');
      expect(cardProblems(card)).toEqual([]);
      return card as unknown as Record<string, unknown>;
    },
    act: (value) => service.act(person, actor, value),
    close: () => store.close(),
  };
}

/** Marks an action done (the review then skips it). */
export async function finishAction(store: RoadmapStore, actionId: string): Promise<void> {
  const action = await store.action.get(actionId);
  if (!action) throw new Error(`no action ${actionId}`);
  const { version, createdAt: _c, updatedAt: _u, ...data } = action;
  await store.action.update({ ...data, status: 'done', progress: 100 }, version, ctx);
}

/** A delivery and its response as stored, without the times that move on every write. */
export async function snapshot(store: RoadmapStore): Promise<unknown> {
  return { delivery: await store.operations.delivery.get('del-1'), response: await store.operations.response.get('del-1.r') };
}
