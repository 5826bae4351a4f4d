import type { AdaptiveCard } from '../../../../bot/cards/adaptive-card.types.js';
import { buildAnsweredCard } from '../../../../bot/cards/answered.card.js';
import { teamsUserId } from '../../../../bot/cards/card-actions.js';
import { CAMPAIGN_KIND_LABELS } from '../../../../bot/cards/card-labels.js';
import type { PreviousSubmit, QuestionnaireRef } from '../../../../bot/cards/card-views.js';
import { buildClosedCard } from '../../../../bot/cards/closed.card.js';
import { buildQuestionnaireNoticeCard, type QuestionnaireNoticeReason } from '../../../../bot/cards/questionnaire-notice.card.js';
import type { Campaign } from '../../../domain/campaigns/campaign.schema.js';
import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';
import type { Lang } from '../../../domain/validation/messages.js';
import { renderStep, summarize } from './kinds/step-kinds.js';
import { shownStep, showsSummary } from './questionnaire-position.js';
import { subjectOf, type QuestionnaireContext } from './questionnaire.types.js';

/** Which questionnaire card this is, for every button and the automatic refresh of the recipient's own card. */
export function refOf(ctx: QuestionnaireContext): QuestionnaireRef {
  const { campaign, delivery, person } = ctx;
  return {
    campaignId: campaign.id,
    deliveryId: delivery.id,
    cardVersion: delivery.cardVersion,
    campaignTitle: campaign.title,
    deadline: campaign.deadline,
    recipientUserIds: person.entraObjectId ? [teamsUserId(person.entraObjectId)] : [],
  };
}

/** The card of a closed campaign. */
export function closedCard(campaign: Pick<Campaign, 'title' | 'deadline'>, delivery: Pick<Delivery, 'state'>, lang: Lang): AdaptiveCard {
  return buildClosedCard({ campaignTitle: campaign.title, deadline: campaign.deadline, answered: delivery.state === 'answered' }, lang);
}

async function answeredCard(ctx: QuestionnaireContext): Promise<AdaptiveCard> {
  const { store, campaign, delivery, response, lang } = ctx;
  const summary = await summarize(store, campaign, ctx.steps, response, lang);
  return buildAnsweredCard(
    {
      ref: refOf(ctx),
      kindLabel: CAMPAIGN_KIND_LABELS[lang][campaign.kind],
      submittedAt: response?.submittedAt ?? delivery.answeredAt ?? ctx.now,
      amendedAt: response?.amendedAt,
      summary,
      today: ctx.today,
    },
    lang,
  );
}

const notice = (ctx: QuestionnaireContext, reason: QuestionnaireNoticeReason): AdaptiveCard =>
  buildQuestionnaireNoticeCard({ ref: refOf(ctx), kind: ctx.campaign.kind, reason }, ctx.lang);

/**
 * The card the delivery shows now: closed, the answered summary (also once the deadline stops an amendment), a
 * notice when there is nothing (more) to answer, or the current step, prefilled — with `previous` when a save of
 * this step was just refused.
 */
export async function currentCard(ctx: QuestionnaireContext, previous?: PreviousSubmit): Promise<AdaptiveCard> {
  const { campaign, delivery } = ctx;
  if (campaign.state === 'closed') return closedCard(campaign, delivery, ctx.lang);
  const pastDeadline = ctx.today > campaign.deadline;
  if (showsSummary(delivery) || (delivery.state === 'answered' && pastDeadline)) return answeredCard(ctx);
  if (pastDeadline && ctx.lateAnswers === 'refused') return notice(ctx, 'deadline_passed');
  const index = shownStep(delivery, ctx.steps.length);
  const step = index === undefined ? undefined : ctx.steps[index];
  if (index === undefined || step === undefined) return notice(ctx, 'nothing_to_answer');
  const render = { store: ctx.store, ref: refOf(ctx), position: { step: index, total: ctx.steps.length, subject: subjectOf(ctx.steps[index]!) }, today: ctx.today, lang: ctx.lang };
  return renderStep({ ...render, personId: ctx.person.id, campaign, response: ctx.response, previous }, step);
}
