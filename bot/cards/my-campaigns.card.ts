import type { DeliveryState } from '../../src/domain/campaigns/delivery-states.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { executeAction } from './card-actions.js';
import { container, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';
import { DELIVERY_STATE_LABELS } from './card-labels.js';

/** One questionnaire the person received. */
export interface MyCampaignRow {
  campaignId: string;
  deliveryId: string;
  title: string;
  deadline: string;
  state: DeliveryState;
  campaignClosed: boolean;
}

/** The answer to `mes questionnaires`. */
export interface MyCampaignsView {
  campaigns: readonly MyCampaignRow[];
  today: string;
}

const MAX_ROWS = 15;

const TEXTS = {
  fr: {
    title: 'Mes questionnaires',
    none: 'Vous n’avez reçu aucun questionnaire.',
    deadline: (d: string) => `date limite ${d}`,
    closed: 'campagne close',
    open: 'Répondre',
    amend: 'Revoir mes réponses',
    more: (n: number) => `… et ${n} plus ancien${n >= 2 ? 's' : ''}.`,
  },
  en: {
    title: 'My questionnaires',
    none: 'You have not received any questionnaire.',
    deadline: (d: string) => `deadline ${d}`,
    closed: 'campaign closed',
    open: 'Answer',
    amend: 'Review my answers',
    more: (n: number) => `… and ${n} older.`,
  },
} as const;

function row(c: MyCampaignRow, today: string, lang: Lang): CardElement {
  const t = TEXTS[lang];
  const actionable = !c.campaignClosed && c.state !== 'queued' && c.state !== 'failed' && (c.state !== 'answered' || today <= c.deadline);
  const status = c.campaignClosed ? t.closed : DELIVERY_STATE_LABELS[lang][c.state];
  const data = { campaignId: c.campaignId, deliveryId: c.deliveryId };
  return container(
    [
      text(c.title, { weight: 'bolder' }),
      text(`${status} · ${t.deadline(formatDate(c.deadline, lang))}`, { spacing: 'small', isSubtle: true, color: c.state === 'late' ? 'attention' : 'default' }),
      ...(actionable
        ? [{ type: 'ActionSet' as const, actions: [executeAction(c.state === 'answered' ? t.amend : t.open, 'open-questionnaire', data, { sendInputs: false })] }]
        : []),
    ],
    { separator: true },
  );
}

/** The person's questionnaires, those to answer first, each with a button to open it. */
export function buildMyCampaignsCard(view: MyCampaignsView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const rank = (c: MyCampaignRow) => (c.campaignClosed ? 2 : c.state === 'answered' ? 1 : 0);
  const sorted = [...view.campaigns].sort((a, b) => rank(a) - rank(b) || a.deadline.localeCompare(b.deadline));
  const hidden = sorted.length - MAX_ROWS;
  return adaptiveCard({
    body: [
      heading(t.title, 'large'),
      ...(sorted.length === 0 ? [text(t.none)] : sorted.slice(0, MAX_ROWS).map((c) => row(c, view.today, lang))),
      ...(hidden > 0 ? [text(t.more(hidden), { isSubtle: true })] : []),
    ],
    fallbackText: t.title,
  });
}
