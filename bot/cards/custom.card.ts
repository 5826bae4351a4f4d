import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import type { CustomAnswer } from '../../src/domain/campaigns/answers/custom.answer.js';
import { CUSTOM_INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import type { Question } from '../../src/domain/campaigns/question.schema.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { refreshFor } from './card-actions.js';
import { container, errorSummary, issueAt, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { CAMPAIGN_KIND_LABELS } from './card-labels.js';
import type { PreviousSubmit, QuestionnaireRef, StepPosition } from './card-views.js';
import { answerAsInput, questionInput, questionLabel } from './custom-question.input.js';
import { questionnaireHeader } from './questionnaire-header.js';
import { stepActions } from './step-navigation.js';

/** One page of a custom questionnaire (pages come from paginateQuestions). */
export interface CustomPageView {
  ref: QuestionnaireRef;
  position: StepPosition;
  /** The questions of this page. */
  questions: readonly Question[];
  /** Number of the first question of this page in the whole questionnaire (0-based), for "12. …" labels. */
  firstIndex: number;
  /** Shown on the first page only. */
  description?: string | undefined;
  draft?: Readonly<Record<string, CustomAnswer>> | undefined;
  previous?: PreviousSubmit | undefined;
  today: string;
}

function prefillOf(view: CustomPageView): CardInputs {
  if (view.previous) return view.previous.inputs;
  const draft = view.draft ?? {};
  return Object.fromEntries(
    view.questions.flatMap((q) => {
      const answer = draft[q.id];
      return answer ? [[CUSTOM_INPUT.question(q.id), answerAsInput(answer)]] : [];
    }),
  );
}

/** One page of a custom questionnaire: each typed question with its input, prefilled and with its error. */
export function buildCustomCard(view: CustomPageView, lang: Lang): AdaptiveCard {
  const prefill = prefillOf(view);
  const issues = view.previous?.issues;
  const labels = new Map(view.questions.map((q, i) => [CUSTOM_INPUT.question(q.id), questionLabel(q, view.firstIndex + i, lang)]));
  const { ref } = view;
  const kind = CAMPAIGN_KIND_LABELS[lang].custom;
  const intro = view.position.step === 0 && view.description ? [text(view.description, { separator: true })] : [];
  return adaptiveCard({
    body: [
      ...questionnaireHeader(ref, view.position, { kind, stepNoun: 'Page' }, view.today, lang),
      ...errorSummary(issues ?? [], (path) => labels.get(path), lang),
      ...intro,
      ...view.questions.map((q, i) => {
        const id = CUSTOM_INPUT.question(q.id);
        return container(questionInput(q, view.firstIndex + i, prefill[id], issueAt(issues, id), lang), { spacing: 'large' });
      }),
    ],
    actions: stepActions(ref, view.position, lang),
    refresh: refreshFor(ref.recipientUserIds, { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion }),
    fallbackText: `${ref.campaignTitle} — ${view.position.step + 1}/${view.position.total}`,
  });
}
