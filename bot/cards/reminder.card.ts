import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { executeAction } from './card-actions.js';
import { heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';

/** A reminder to a recipient who has not answered yet. */
export interface ReminderView {
  campaignId: string;
  deliveryId: string;
  campaignTitle: string;
  deadline: string;
  today: string;
}

const TEXTS = {
  fr: {
    title: 'Rappel',
    waiting: (title: string) => `Le questionnaire « ${title} » attend encore votre réponse.`,
    due: (date: string, passed: boolean) => (passed ? `La date limite (${date}) est passée : répondez dès que possible.` : `Date limite : ${date}.`),
    open: 'Répondre maintenant',
  },
  en: {
    title: 'Reminder',
    waiting: (title: string) => `The questionnaire “${title}” is still waiting for your answer.`,
    due: (date: string, passed: boolean) => (passed ? `The deadline (${date}) has passed: please answer as soon as you can.` : `Deadline: ${date}.`),
    open: 'Answer now',
  },
} as const;

/** The reminder card: what is waiting, until when, and a button that opens the questionnaire where it stopped. */
export function buildReminderCard(view: ReminderView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const deadline = formatDate(view.deadline, lang);
  return adaptiveCard({
    body: [heading(t.title), text(t.waiting(view.campaignTitle)), text(t.due(deadline, view.today > view.deadline), { isSubtle: true })],
    actions: [executeAction(t.open, 'open-questionnaire', { campaignId: view.campaignId, deliveryId: view.deliveryId }, { style: 'positive', sendInputs: false })],
    fallbackText: `${t.title} — ${t.waiting(view.campaignTitle)}`,
  });
}
