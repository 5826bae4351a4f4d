import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';

/** A questionnaire whose campaign is closed, as its card shows from then on. */
export interface ClosedView {
  campaignTitle: string;
  deadline: string;
  /** Whether this recipient answered before the campaign closed. */
  answered: boolean;
}

const TEXTS = {
  fr: {
    closed: (date: string) => `Cette campagne est close (date limite : ${date}).`,
    answered: 'Vos réponses ont bien été prises en compte. Merci !',
    unanswered: 'Elle ne reçoit plus de réponses. Pour toute question, contactez l’équipe de pilotage.',
  },
  en: {
    closed: (date: string) => `This campaign is closed (deadline: ${date}).`,
    answered: 'Your answers were taken into account. Thank you!',
    unanswered: 'It no longer takes answers. For any question, contact the steering team.',
  },
} as const;

/** The card of a closed campaign: no inputs, no buttons, nothing left to replay. */
export function buildClosedCard(view: ClosedView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  return adaptiveCard({
    body: [heading(view.campaignTitle), text(`🔒 ${t.closed(formatDate(view.deadline, lang))}`), text(view.answered ? t.answered : t.unanswered, { isSubtle: true })],
    fallbackText: `${view.campaignTitle} — ${t.closed(formatDate(view.deadline, lang))}`,
  });
}
