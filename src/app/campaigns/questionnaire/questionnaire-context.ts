import { staleActionMessage, type StaleReason } from '../../../../bot/cards/stale-action.messages.js';
import type { Campaign } from '../../../domain/campaigns/campaign.schema.js';
import type { CampaignState } from '../../../domain/campaigns/campaign-states.js';
import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';
import type { Person, Stored } from '../../../domain/entities/index.js';
import type { Lang } from '../../../domain/validation/messages.js';
import type { BotActor, CardActionReply } from '../../../ports/bot-application.port.js';
import type { Clock } from '../../../ports/clock.port.js';
import type { RoadmapStore } from '../../../ports/store.port.js';
import { closedCard } from './current-card.js';
import { listSteps } from './kinds/step-kinds.js';
import { shownStep, showsSummary } from './questionnaire-position.js';
import { subjectOf, type LateAnswers, type QuestionnaireContext } from './questionnaire.types.js';
import { responseIdOf } from './record-writes.js';

/** What reading a questionnaire needs. */
export interface QuestionnaireEnv {
  store: RoadmapStore;
  clock: Clock;
  lateAnswers: LateAnswers;
}

// A campaign still being sent already collects the answers of those who received it.
const TAKES_ANSWERS: ReadonlySet<CampaignState> = new Set(['sending', 'open']);

/** Reads what the delivery's card depends on: its response and the recipient's steps (none once closed). */
export async function contextOf(env: QuestionnaireEnv, delivery: Stored<Delivery>, campaign: Stored<Campaign>, person: Stored<Person>, lang: Lang): Promise<QuestionnaireContext> {
  const response = await env.store.operations.response.get(responseIdOf(delivery.id));
  const steps = campaign.state === 'closed' ? [] : await listSteps(env.store, campaign, person, response);
  return { store: env.store, lang, today: env.clock.today(), now: env.clock.now(), delivery, campaign, person, response, steps, lateAnswers: env.lateAnswers };
}

/** The context of a card action, or the reply that refuses it. */
export type Loaded = { ok: true; ctx: QuestionnaireContext } | { ok: false; reply: CardActionReply };

/** The short message of a refused action (the card stays as it is). */
export function staleReply(reason: StaleReason, lang: Lang): CardActionReply {
  return { kind: 'message', text: staleActionMessage(reason, lang) };
}

const sameEntraId = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * Loads a delivery for a card action, checking in order that it exists, that the person acting is its recipient
 * (the person the caller resolved, and the Entra id Teams vouched for), and that its campaign takes answers: a closed
 * campaign answers with its closed card.
 */
export async function loadForAction(env: QuestionnaireEnv, person: Stored<Person> | undefined, actor: BotActor, ids: { campaignId: string; deliveryId: string }, lang: Lang): Promise<Loaded> {
  const delivery = await env.store.operations.delivery.get(ids.deliveryId);
  if (!delivery || delivery.campaignId !== ids.campaignId) return { ok: false, reply: staleReply('not_found', lang) };
  if (!person || person.id !== delivery.personId || !sameEntraId(actor.aadObjectId, person.entraObjectId)) return { ok: false, reply: staleReply('not_recipient', lang) };
  const campaign = await env.store.operations.campaign.get(delivery.campaignId);
  if (!campaign) return { ok: false, reply: staleReply('not_found', lang) };
  if (campaign.state === 'closed') return { ok: false, reply: { kind: 'card', card: closedCard(campaign, delivery, lang) } };
  if (!TAKES_ANSWERS.has(campaign.state)) return { ok: false, reply: staleReply('not_found', lang) };
  return { ok: true, ctx: await contextOf(env, delivery, campaign, person, lang) };
}

/** What a writing action targets: the card it came from (version and step). */
export interface CardTarget {
  cardVersion: number;
  step?: number;
  /** What the step was about on the card, when the card said. */
  subject?: string;
}

/**
 * Why a writing action is refused, after the loading checks: past the deadline (always for an amendment, for new
 * answers unless late answers are accepted), or a card other than the one the delivery shows now (older version,
 * other step: a stale or replayed card).
 */
export function refusedWrite(ctx: QuestionnaireContext, target: CardTarget, verb: 'step' | 'amend'): StaleReason | undefined {
  const pastDeadline = ctx.today > ctx.campaign.deadline;
  if (pastDeadline && (verb === 'amend' || ctx.delivery.state === 'answered' || ctx.lateAnswers === 'refused')) return 'deadline_passed';
  if (target.cardVersion !== ctx.delivery.cardVersion) return 'stale_card';
  const shown = shownStep(ctx.delivery, ctx.steps.length);
  const onCard = verb === 'amend' ? showsSummary(ctx.delivery) : target.step !== undefined && target.step === shown;
  if (!onCard) return 'stale_card';
  // The same step number about another subject: the list changed since the card was built.
  const step = shown === undefined ? undefined : ctx.steps[shown];
  if (verb === 'step' && target.subject !== undefined && step && subjectOf(step) !== target.subject) return 'stale_card';
  return undefined;
}
