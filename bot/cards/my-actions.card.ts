import type { Weather } from '../../src/domain/entities/index.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { container, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { formatDate } from './card-format.js';
import { WEATHER_LABELS } from './card-labels.js';
import { openTabAction } from './open-tab.action.js';

/** One action of the person, as the `mes actions` list shows it. */
export interface MyActionRow {
  title: string;
  commitmentReference?: string | undefined;
  dueDate?: string | undefined;
  daysLate: number;
  progress?: number | undefined;
  weather?: Weather | undefined;
}

/** The actions the person owns or whose service they head. */
export interface MyActionsView {
  actions: readonly MyActionRow[];
  tabUrl?: string | undefined;
}

// A chat card lists the most urgent ones; the tab has them all.
const MAX_ROWS = 20;

const TEXTS = {
  fr: {
    title: 'Mes actions',
    none: 'Aucune action ne vous est rattachée pour le moment.',
    due: (d: string) => `échéance ${d}`,
    late: (n: number) => `⚠ ${n} j de retard`,
    progress: (p: number) => `${p} %`,
    more: (n: number) => `… et ${n} autre${n >= 2 ? 's' : ''} dans l’onglet Cap Mandat.`,
  },
  en: {
    title: 'My actions',
    none: 'No action is assigned to you yet.',
    due: (d: string) => `due ${d}`,
    late: (n: number) => `⚠ ${n} d late`,
    progress: (p: number) => `${p} %`,
    more: (n: number) => `… and ${n} more in the Cap Mandat tab.`,
  },
} as const;

function row(action: MyActionRow, lang: Lang): CardElement {
  const t = TEXTS[lang];
  const details = [
    action.progress === undefined ? undefined : t.progress(action.progress),
    action.weather && WEATHER_LABELS[lang][action.weather],
    action.dueDate && t.due(formatDate(action.dueDate, lang)),
  ].filter((d): d is string => d !== undefined);
  return container(
    [
      text(action.commitmentReference ? `${action.commitmentReference} · ${action.title}` : action.title, { weight: 'bolder' }),
      ...(details.length > 0 ? [text(details.join(' · '), { spacing: 'small', isSubtle: true })] : []),
      ...(action.daysLate > 0 ? [text(t.late(action.daysLate), { spacing: 'small', color: 'attention' })] : []),
    ],
    { separator: true },
  );
}

/** The answer to `mes actions`: the person's actions, late ones first. */
export function buildMyActionsCard(view: MyActionsView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const sorted = [...view.actions].sort((a, b) => b.daysLate - a.daysLate || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const hidden = sorted.length - MAX_ROWS;
  return adaptiveCard({
    body: [
      heading(t.title, 'large'),
      ...(sorted.length === 0 ? [text(t.none)] : sorted.slice(0, MAX_ROWS).map((a) => row(a, lang))),
      ...(hidden > 0 ? [text(t.more(hidden), { isSubtle: true })] : []),
    ],
    actions: openTabAction(view.tabUrl, lang),
    fallbackText: t.title,
  });
}
