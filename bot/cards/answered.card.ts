import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { executeAction, refreshFor } from './card-actions.js';
import { container, facts, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';
import type { SummaryItem } from './answer-summary.js';
import type { QuestionnaireRef } from './card-views.js';

/** A questionnaire that was submitted: when, a summary of the answers, and whether it can still be amended. */
export interface AnsweredView {
  ref: QuestionnaireRef;
  kindLabel: string;
  submittedAt: string;
  amendedAt?: string | undefined;
  summary: readonly SummaryItem[];
  today: string;
}

// Subjects listed in full; beyond, the card says how many more and points to the tab (message size limit).
const MAX_ITEMS = 30;

const TEXTS = {
  fr: {
    thanks: 'Merci, vos réponses ont été envoyées.',
    sent: (date: string) => `Envoyées le ${date}`,
    amended: (date: string) => `modifiées le ${date}`,
    amendUntil: (date: string) => `Vous pouvez les modifier jusqu’au ${date}.`,
    closed: 'La date limite est passée : les réponses ne peuvent plus être modifiées.',
    more: (n: number) => `… et ${n} autre${n >= 2 ? 's' : ''} (voir l’onglet Cap Mandat).`,
    amend: 'Modifier mes réponses',
  },
  en: {
    thanks: 'Thank you, your answers have been sent.',
    sent: (date: string) => `Sent on ${date}`,
    amended: (date: string) => `amended on ${date}`,
    amendUntil: (date: string) => `You can amend them until ${date}.`,
    closed: 'The deadline has passed: the answers can no longer be amended.',
    more: (n: number) => `… and ${n} more (see the Cap Mandat tab).`,
    amend: 'Amend my answers',
  },
} as const;

function summaryItem(item: SummaryItem): CardElement {
  return container([text(item.title, { weight: 'bolder' }), ...facts(item.facts, { spacing: 'small' })], { separator: true });
}

/** The card a questionnaire becomes once submitted: a summary, and an "amend" button until the deadline. */
export function buildAnsweredCard(view: AnsweredView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const { ref } = view;
  const canAmend = view.today <= ref.deadline;
  const when = t.sent(formatDate(view.submittedAt, lang)) + (view.amendedAt ? `, ${t.amended(formatDate(view.amendedAt, lang))}` : '');
  const hidden = view.summary.length - MAX_ITEMS;
  const data = { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion };
  return adaptiveCard({
    body: [
      container(
        [
          text(view.kindLabel, { isSubtle: true, size: 'small' }),
          heading(ref.campaignTitle, 'large'),
          text(`✅ ${t.thanks}`, { color: 'good', weight: 'bolder' }),
          text(`${when}. ${canAmend ? t.amendUntil(formatDate(ref.deadline, lang)) : t.closed}`, { spacing: 'small' }),
        ],
        { style: 'emphasis' },
      ),
      ...view.summary.slice(0, MAX_ITEMS).map(summaryItem),
      ...(hidden > 0 ? [text(t.more(hidden), { isSubtle: true })] : []),
    ],
    actions: canAmend ? [executeAction(t.amend, 'amend', data, { sendInputs: false })] : [],
    refresh: refreshFor(ref.recipientUserIds, data),
    fallbackText: `${ref.campaignTitle} — ${t.thanks}`,
  });
}
