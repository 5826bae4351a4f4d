import { daysBetween } from '../../src/domain/rules/dates.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { CardElement } from './adaptive-card.types.js';
import { container, heading, text } from './card-elements.js';
import { formatDate, plural } from './card-format.js';
import type { QuestionnaireRef, StepPosition } from './card-views.js';

// Beyond this many steps a row of dots stops being readable; the counter alone says enough.
const MAX_DOTS = 20;

/** "●●◉○○": steps done, the current one, steps to come. */
export function progressDots(position: StepPosition): string {
  if (position.total > MAX_DOTS || position.total < 2) return '';
  return Array.from({ length: position.total }, (_, i) => (i < position.step ? '●' : i === position.step ? '◉' : '○')).join(' ');
}

function deadlineText(deadline: string, today: string, lang: Lang): string {
  const days = daysBetween(today, deadline);
  const date = formatDate(deadline, lang);
  if (lang === 'fr') {
    if (days < 0) return `Date limite : ${date} (dépassée)`;
    if (days === 0) return `Date limite : ${date} (aujourd’hui)`;
    return `Date limite : ${date} (dans ${days} ${plural(days, 'jour', 'jours')})`;
  }
  if (days < 0) return `Deadline: ${date} (passed)`;
  if (days === 0) return `Deadline: ${date} (today)`;
  return `Deadline: ${date} (in ${days} ${plural(days, 'day', 'days')})`;
}

/** Top of a questionnaire card: campaign title, what it is about, deadline, step i/N and progress dots. */
export function questionnaireHeader(
  ref: QuestionnaireRef,
  position: StepPosition,
  labels: { kind: string; stepNoun: string },
  today: string,
  lang: Lang,
): CardElement[] {
  const counter = `${labels.stepNoun} ${position.step + 1} ${lang === 'fr' ? 'sur' : 'of'} ${position.total}`;
  const dots = progressDots(position);
  return [
    container(
      [
        text(labels.kind, { isSubtle: true, size: 'small' }),
        heading(ref.campaignTitle, 'large'),
        text(deadlineText(ref.deadline, today, lang), { spacing: 'small', color: ref.deadline < today ? 'attention' : 'default' }),
        text(dots ? `${counter}   ${dots}` : counter, { weight: 'bolder', spacing: 'small' }),
      ],
      { style: 'emphasis' },
    ),
  ];
}
