import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import { WORKING_TIME_INPUT as INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import { EXAMPLES_LIMIT, MAX_HOURS_FREED, TIME_USES, type WorkingTimeAnswer } from '../../src/domain/campaigns/answers/working-time.answer.js';
import type { Service } from '../../src/domain/entities/index.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { refreshFor } from './card-actions.js';
import { container, errorSummary, fieldError, heading, issueAt, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { numberInput, textInput } from './card-inputs.js';
import { CAMPAIGN_KIND_LABELS, TIME_USE_LABELS } from './card-labels.js';
import type { PreviousSubmit, QuestionnaireRef, StepPosition } from './card-views.js';
import { questionnaireHeader } from './questionnaire-header.js';
import { stepActions } from './step-navigation.js';

/** One service's step of the 1,607 h campaign. */
export interface WorkingTimeStepView {
  ref: QuestionnaireRef;
  position: StepPosition;
  service: Pick<Service, 'id' | 'name'>;
  draft?: WorkingTimeAnswer | undefined;
  previous?: PreviousSubmit | undefined;
  today: string;
}

const TEXTS = {
  fr: {
    stepNoun: 'Service',
    intro:
      'Depuis le passage aux 1 607 heures annuelles, combien d’heures de travail votre service a-t-il gagnées par an, et à quoi les a-t-il consacrées ?',
    hours: 'Heures libérées par an',
    split: 'Répartition de ces heures (le total doit faire 100 %)',
    splitLabel: 'Répartition',
    examples: 'Exemples concrets',
  },
  en: {
    stepNoun: 'Service',
    intro: 'Since the move to 1,607 annual hours, how many working hours a year has your service gained, and what were they used for?',
    hours: 'Hours freed per year',
    split: 'Split of these hours (the total must be 100 %)',
    splitLabel: 'Split',
    examples: 'Concrete examples',
  },
} as const;

function prefillOf(view: WorkingTimeStepView): CardInputs {
  if (view.previous) return view.previous.inputs;
  const { draft } = view;
  if (!draft) return {};
  return {
    [INPUT.hours]: String(draft.hoursFreed),
    [INPUT.examples]: draft.examples,
    ...Object.fromEntries(TIME_USES.map((use) => [INPUT.splitPart(use), String(draft.split[use])])),
  };
}

/** One service's 1,607 h step: hours freed, their split in percent (summing to 100) and examples. */
export function buildWorkingTimeCard(view: WorkingTimeStepView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const prefill = prefillOf(view);
  const issues = view.previous?.issues;
  const at = (path: string) => ({ lang, issue: issueAt(issues, path) });
  const labels = new Map<string, string>([
    [INPUT.hours, t.hours],
    [INPUT.split, t.splitLabel],
    [INPUT.examples, t.examples],
    ...TIME_USES.map((use): [string, string] => [INPUT.splitPart(use), TIME_USE_LABELS[lang][use]]),
  ]);
  const { ref } = view;
  const kind = CAMPAIGN_KIND_LABELS[lang].working_time_1607;
  return adaptiveCard({
    body: [
      ...questionnaireHeader(ref, view.position, { kind, stepNoun: t.stepNoun }, view.today, lang),
      ...errorSummary(issues ?? [], (path) => labels.get(path), lang),
      container([heading(view.service.name), text(t.intro, { spacing: 'small' })], { separator: true }),
      ...numberInput(INPUT.hours, t.hours, prefill[INPUT.hours], { ...at(INPUT.hours), required: true, min: 0, max: MAX_HOURS_FREED }),
      container(
        [
          text(t.split, { weight: 'bolder' }),
          ...TIME_USES.flatMap((use) =>
            numberInput(INPUT.splitPart(use), TIME_USE_LABELS[lang][use], prefill[INPUT.splitPart(use)], { ...at(INPUT.splitPart(use)), min: 0, max: 100 }),
          ),
          ...fieldError(issueAt(issues, INPUT.split), lang),
        ],
        { spacing: 'large' },
      ),
      ...textInput(INPUT.examples, t.examples, prefill[INPUT.examples], { ...at(INPUT.examples), maxLength: EXAMPLES_LIMIT }),
    ],
    actions: stepActions(ref, view.position, lang),
    refresh: refreshFor(ref.recipientUserIds, { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion }),
    fallbackText: `${ref.campaignTitle} — ${view.service.name}`,
  });
}
