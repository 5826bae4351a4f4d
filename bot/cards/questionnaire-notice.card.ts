import type { CampaignKind } from '../../src/domain/campaigns/campaign.schema.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { refreshFor } from './card-actions.js';
import { container, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';
import { CAMPAIGN_KIND_LABELS } from './card-labels.js';
import type { QuestionnaireRef } from './card-views.js';

/** Why a questionnaire shows a notice instead of questions. */
export type QuestionnaireNoticeReason = 'nothing_to_answer' | 'deadline_passed';

/** A questionnaire with nothing to fill in for this recipient, or no longer open to their answers. */
export interface QuestionnaireNoticeView {
  ref: QuestionnaireRef;
  kind: CampaignKind;
  reason: QuestionnaireNoticeReason;
}

const TEXTS = {
  fr: {
    nothing_to_answer: 'Ce questionnaire ne contient rien qui vous concerne : aucune action, aucun engagement ni aucun service ne vous est rattaché pour cette campagne. Vous n’avez rien à remplir.',
    deadline_passed: (date: string) => `La date limite (${date}) est passée : ce questionnaire ne reçoit plus de réponses.`,
    contact: 'Si vous pensez que c’est une erreur, contactez l’équipe de pilotage.',
  },
  en: {
    nothing_to_answer: 'This questionnaire has nothing for you: no action, commitment or service is assigned to you for this campaign. There is nothing to fill in.',
    deadline_passed: (date: string) => `The deadline (${date}) has passed: this questionnaire no longer takes answers.`,
    contact: 'If you think this is a mistake, contact the steering team.',
  },
} as const;

/** The card of a questionnaire that asks nothing of this recipient: why, and whom to contact; no inputs. */
export function buildQuestionnaireNoticeCard(view: QuestionnaireNoticeView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const { ref } = view;
  const message = view.reason === 'nothing_to_answer' ? t.nothing_to_answer : t.deadline_passed(formatDate(ref.deadline, lang));
  return adaptiveCard({
    body: [
      container([text(CAMPAIGN_KIND_LABELS[lang][view.kind], { isSubtle: true, size: 'small' }), heading(ref.campaignTitle, 'large')], { style: 'emphasis' }),
      text(message),
      text(t.contact, { isSubtle: true }),
    ],
    // Refreshed like the questionnaire itself: the card follows if the recipient's situation changes.
    refresh: refreshFor(ref.recipientUserIds, { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion }),
    fallbackText: `${ref.campaignTitle} — ${message}`,
  });
}
