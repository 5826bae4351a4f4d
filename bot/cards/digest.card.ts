import type { Weather } from '../../src/domain/entities/index.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { container, facts, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';
import { WEATHER_LABELS } from './card-labels.js';
import { openTabAction } from './open-tab.action.js';

/** The weekly digest for a management channel. */
export interface DigestView {
  collectivityName: string;
  /** Monday of the week the digest covers. */
  weekOf: string;
  lateActions: readonly { title: string; serviceName?: string | undefined; dueDate: string; daysLate: number }[];
  weatherChanges: readonly { title: string; from?: Weather | undefined; to?: Weather | undefined }[];
  campaigns: readonly { title: string; deadline: string; answered: number; total: number }[];
  tabUrl?: string | undefined;
}

// Rows per section; the rest is counted and left to the tab (a channel card is read in a glance).
const MAX_ROWS = 10;

const TEXTS = {
  fr: {
    title: (name: string, date: string) => `${name} — point de la semaine du ${date}`,
    late: 'Actions en retard',
    noLate: 'Aucune action en retard.',
    lateRow: (days: number, due: string) => `${days} j de retard (échéance ${due})`,
    weather: 'Changements de météo',
    noWeather: 'Aucun changement de météo.',
    unset: 'non renseignée',
    campaigns: 'Campagnes en cours',
    noCampaigns: 'Aucune campagne en cours.',
    rate: (a: number, t: number, pct: number, date: string) => `${a} / ${t} réponses (${pct} %), date limite ${date}`,
    more: (n: number) => `… et ${n} de plus dans l’onglet.`,
  },
  en: {
    title: (name: string, date: string) => `${name} — week of ${date}`,
    late: 'Late actions',
    noLate: 'No late action.',
    lateRow: (days: number, due: string) => `${days} d late (due ${due})`,
    weather: 'Weather changes',
    noWeather: 'No weather change.',
    unset: 'not set',
    campaigns: 'Open campaigns',
    noCampaigns: 'No open campaign.',
    rate: (a: number, t: number, pct: number, date: string) => `${a} / ${t} answers (${pct} %), deadline ${date}`,
    more: (n: number) => `… and ${n} more in the tab.`,
  },
} as const;

function section(title: string, empty: string, rows: readonly (readonly [string, string])[], lang: Lang): CardElement {
  const shown = rows.slice(0, MAX_ROWS);
  const hidden = rows.length - shown.length;
  return container(
    [
      heading(title, 'default'),
      ...(rows.length === 0 ? [text(empty, { isSubtle: true })] : facts(shown)),
      ...(hidden > 0 ? [text(TEXTS[lang].more(hidden), { isSubtle: true, size: 'small' })] : []),
    ],
    { separator: true, spacing: 'medium' },
  );
}

/** The weekly channel digest: late actions (worst first), météo changes, and campaign response rates. */
export function buildDigestCard(view: DigestView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const weather = (w: Weather | undefined) => (w ? WEATHER_LABELS[lang][w] : t.unset);
  const late = [...view.lateActions].sort((a, b) => b.daysLate - a.daysLate);
  return adaptiveCard({
    body: [
      heading(t.title(view.collectivityName, formatDate(view.weekOf, lang)), 'large'),
      section(t.late, t.noLate, late.map((a) => [a.serviceName ? `${a.title} (${a.serviceName})` : a.title, t.lateRow(a.daysLate, formatDate(a.dueDate, lang))]), lang),
      section(t.weather, t.noWeather, view.weatherChanges.map((c) => [c.title, `${weather(c.from)} → ${weather(c.to)}`]), lang),
      section(
        t.campaigns,
        t.noCampaigns,
        view.campaigns.map((c) => [c.title, t.rate(c.answered, c.total, c.total === 0 ? 0 : Math.round((100 * c.answered) / c.total), formatDate(c.deadline, lang))]),
        lang,
      ),
    ],
    actions: openTabAction(view.tabUrl, lang),
    fallbackText: t.title(view.collectivityName, formatDate(view.weekOf, lang)),
  });
}
