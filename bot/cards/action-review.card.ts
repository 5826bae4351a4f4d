import { REVIEW_TEXT_LIMITS } from '../../src/domain/campaigns/answers/action-review.answer.js';
import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import { REVIEW_INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import { reviewPrefill } from './action-review.prefill.js';
import { actionSummary, indicatorSection } from './action-review.sections.js';
import { REVIEW_TEXTS } from './action-review.texts.js';
import type { ActionReviewStepView } from './action-review.view.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { refreshFor } from './card-actions.js';
import { container, errorSummary, heading, issueAt } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { choiceInput, numberInput, textInput } from './card-inputs.js';
import { choicesOf, TREND_LABELS, WEATHER_LABELS } from './card-labels.js';
import { questionnaireHeader } from './questionnaire-header.js';
import { stepActions } from './step-navigation.js';

export type { ActionReviewStepView } from './action-review.view.js';

function updateInputs(view: ActionReviewStepView, prefill: CardInputs, lang: Lang): CardElement[] {
  const t = REVIEW_TEXTS[lang];
  const issues = view.previous?.issues;
  const at = (id: string) => ({ lang, issue: issueAt(issues, id) });
  const longText = (id: (typeof REVIEW_INPUT)['blockers' | 'nextSteps' | 'needs' | 'comment'], label: string) =>
    textInput(id, label, prefill[id], { ...at(id), maxLength: REVIEW_TEXT_LIMITS[id] });
  return [
    container(
      [
        heading(t.yourUpdate, 'default'),
        ...numberInput(REVIEW_INPUT.progress, t.progress, prefill[REVIEW_INPUT.progress], { ...at(REVIEW_INPUT.progress), required: true, min: 0, max: 100 }),
        ...choiceInput(REVIEW_INPUT.weather, t.weather, choicesOf(WEATHER_LABELS[lang]), prefill[REVIEW_INPUT.weather], {
          ...at(REVIEW_INPUT.weather),
          placeholder: t.weatherPlaceholder,
        }),
        ...choiceInput(REVIEW_INPUT.trend, t.trend, choicesOf(TREND_LABELS[lang]), prefill[REVIEW_INPUT.trend], {
          ...at(REVIEW_INPUT.trend),
          placeholder: t.trendPlaceholder,
        }),
      ],
      { separator: true, spacing: 'large' },
    ),
    ...indicatorSection(view, prefill, lang),
    container(
      [
        ...longText(REVIEW_INPUT.blockers, t.blockers),
        ...longText(REVIEW_INPUT.nextSteps, t.nextSteps),
        ...longText(REVIEW_INPUT.needs, t.needs),
        ...longText(REVIEW_INPUT.comment, t.comment),
      ],
      { separator: true, spacing: 'large' },
    ),
  ];
}

/** The label of each input, for the error summary at the top. */
function reviewLabel(view: ActionReviewStepView, lang: Lang): (path: string) => string | undefined {
  const t = REVIEW_TEXTS[lang];
  const labels = new Map<string, string>([
    [REVIEW_INPUT.progress, t.progress],
    [REVIEW_INPUT.weather, t.weather],
    [REVIEW_INPUT.trend, t.trend],
    [REVIEW_INPUT.blockers, t.blockers],
    [REVIEW_INPUT.nextSteps, t.nextSteps],
    [REVIEW_INPUT.needs, t.needs],
    [REVIEW_INPUT.comment, t.comment],
    ...view.indicators.flatMap(({ indicator }): [string, string][] => [
      [REVIEW_INPUT.measure(indicator.id), t.newValue(indicator.name)],
      [REVIEW_INPUT.measureDate(indicator.id), `${t.newValueDate} — ${indicator.name}`],
    ]),
  ]);
  return (path) => labels.get(path);
}

/**
 * One step of an action review: the action in context, inputs prefilled with the current values (or with what was
 * typed when the last submit was refused, errors shown next to their fields), and the step's buttons.
 */
export function buildActionReviewCard(view: ActionReviewStepView, lang: Lang): AdaptiveCard {
  const t = REVIEW_TEXTS[lang];
  const prefill = reviewPrefill(view);
  const { ref } = view;
  return adaptiveCard({
    body: [
      ...questionnaireHeader(ref, view.position, { kind: t.kind, stepNoun: t.stepNoun }, view.today, lang),
      ...errorSummary(view.previous?.issues ?? [], reviewLabel(view, lang), lang),
      ...actionSummary(view, lang),
      ...updateInputs(view, prefill, lang),
    ],
    actions: stepActions(ref, view.position, lang),
    refresh: refreshFor(ref.recipientUserIds, { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion }),
    fallbackText: `${ref.campaignTitle} — ${t.stepNoun} ${view.position.step + 1}/${view.position.total}: ${view.action.title}`,
  });
}
