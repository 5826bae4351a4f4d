import { REVIEW_INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import type { FieldIssue } from '../../src/domain/errors.js';
import { daysLate } from '../../src/domain/rules/lateness.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import { REVIEW_TEXTS } from './action-review.texts.js';
import type { ActionReviewStepView, ReviewIndicatorView } from './action-review.view.js';
import type { CardElement } from './adaptive-card.types.js';
import { container, facts, heading, issueAt, text } from './card-elements.js';
import { formatDate, formatValue } from './card-format.js';
import { numberInput, dateInput } from './card-inputs.js';
import { WEATHER_LABELS } from './card-labels.js';
import { truncateText } from './escape-card-text.js';

// The card shows the context briefly; the tab has the full record.
const DESCRIPTION_SHOWN = 400;

/** The reviewed action: title, commitment, service, due date and lateness, current state, last comment. */
export function actionSummary(view: ActionReviewStepView, lang: Lang): CardElement[] {
  const t = REVIEW_TEXTS[lang];
  const { action } = view;
  const late = daysLate(action, view.today);
  const lastComment = view.lastComment;
  return [
    container(
      [
        heading(action.title),
        text(`${t.commitment} ${view.commitment.reference} — ${view.commitment.title}`, { isSubtle: true, spacing: 'small' }),
        ...(action.description ? [text(truncateText(action.description, DESCRIPTION_SHOWN), { size: 'small' })] : []),
        ...facts([
          [t.service, view.serviceName],
          [t.due, action.dueDate && formatDate(action.dueDate, lang)],
          [t.revisedDue, action.revisedDueDate && formatDate(action.revisedDueDate, lang)],
          [t.currentProgress, action.progress === undefined ? undefined : `${action.progress} %`],
          [t.weather, action.weather && WEATHER_LABELS[lang][action.weather]],
        ]),
        ...(late > 0 ? [text(`⚠ ${t.late(late)}`, { color: 'attention', weight: 'bolder', spacing: 'small' })] : []),
        ...(lastComment
          ? [text(t.lastComment(formatDate(lastComment.date, lang)), { weight: 'bolder' }), text(lastComment.text, { spacing: 'small' })]
          : []),
      ],
      { separator: true },
    ),
  ];
}

function indicatorBlock(entry: ReviewIndicatorView, prefill: CardInputs, issues: readonly FieldIssue[] | undefined, view: ActionReviewStepView, lang: Lang): CardElement[] {
  const t = REVIEW_TEXTS[lang];
  const { indicator, last } = entry;
  const lastText = last ? `${formatValue(last.value, indicator.unit, lang)} (${formatDate(last.date, lang)})` : t.noValue;
  const targetText = `${formatValue(indicator.targetValue, indicator.unit, lang)} (${formatDate(indicator.targetDate, lang)})`;
  const valueId = REVIEW_INPUT.measure(indicator.id);
  const dateId = REVIEW_INPUT.measureDate(indicator.id);
  return [
    text(`${indicator.name} (${indicator.unit})`, { weight: 'bolder' }),
    ...facts([
      [t.lastValue, lastText],
      [t.target, targetText],
    ], { spacing: 'small' }),
    ...numberInput(valueId, t.newValue(indicator.name), prefill[valueId], { lang, issue: issueAt(issues, valueId) }),
    ...dateInput(dateId, t.newValueDate, prefill[dateId], { lang, max: view.today, issue: issueAt(issues, dateId) }),
  ];
}

/** The action's indicators: last value and target, and inputs for a new measure. */
export function indicatorSection(view: ActionReviewStepView, prefill: CardInputs, lang: Lang): CardElement[] {
  if (view.indicators.length === 0) return [];
  const issues = view.previous?.issues;
  return [
    container(
      [heading(REVIEW_TEXTS[lang].indicators, 'default'), ...view.indicators.flatMap((entry) => indicatorBlock(entry, prefill, issues, view, lang))],
      { separator: true, spacing: 'large' },
    ),
  ];
}
