import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import { SELF_ASSESSMENT_INPUT as INPUT } from '../../src/domain/campaigns/answers/input-ids.js';
import { DIFFICULTIES_LIMIT, type SelfAssessmentAnswer } from '../../src/domain/campaigns/answers/self-assessment.answer.js';
import type { Commitment } from '../../src/domain/entities/index.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard, CardElement } from './adaptive-card.types.js';
import { refreshFor } from './card-actions.js';
import { container, errorSummary, facts, heading, issueAt } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { choiceInput, textInput } from './card-inputs.js';
import { CAMPAIGN_KIND_LABELS, choicesOf, COMMITMENT_STATUS_LABELS, PRIORITY_LABELS } from './card-labels.js';
import type { PreviousSubmit, QuestionnaireRef, StepPosition } from './card-views.js';
import { questionnaireHeader } from './questionnaire-header.js';
import { stepActions } from './step-navigation.js';

/** One commitment to assess, with the administration's view for comparison and the saved answer, if any. */
export interface AssessedCommitmentView {
  commitment: Pick<Commitment, 'id' | 'reference' | 'title' | 'status'>;
  axisTitle?: string | undefined;
  /** Progress rolled up from the actions (the administration's view), 0–100. */
  administrationProgress?: number | undefined;
  draft?: SelfAssessmentAnswer | undefined;
}

/** One page of an elected official's self-assessment (several commitments per page). */
export interface SelfAssessmentPageView {
  ref: QuestionnaireRef;
  position: StepPosition;
  commitments: readonly AssessedCommitmentView[];
  previous?: PreviousSubmit | undefined;
  today: string;
}

const TEXTS = {
  fr: {
    stepNoun: 'Page',
    axis: 'Axe',
    status: 'Statut',
    adminView: 'Avancement selon l’administration',
    score: 'Où en est cet engagement, selon vous ?',
    scores: ['1 — Pas engagé', '2 — Amorcé', '3 — À mi-chemin', '4 — Presque tenu', '5 — Tenu'],
    difficulties: 'Difficultés rencontrées',
    priority: 'Priorité pour la seconde moitié du mandat',
  },
  en: {
    stepNoun: 'Page',
    axis: 'Axis',
    status: 'Status',
    adminView: 'Progress according to the administration',
    score: 'Where does this commitment stand, in your view?',
    scores: ['1 — Not started', '2 — Begun', '3 — Halfway', '4 — Nearly kept', '5 — Kept'],
    difficulties: 'Difficulties met',
    priority: 'Priority for the second half of the mandate',
  },
} as const;

function prefillOf(view: SelfAssessmentPageView): CardInputs {
  if (view.previous) return view.previous.inputs;
  return Object.fromEntries(
    view.commitments.flatMap(({ commitment: { id }, draft }) =>
      draft
        ? [
            [INPUT.score(id), String(draft.score)],
            [INPUT.difficulties(id), draft.difficulties],
            [INPUT.priority(id), draft.priority],
          ]
        : [],
    ),
  );
}

function commitmentBlock(entry: AssessedCommitmentView, prefill: CardInputs, view: SelfAssessmentPageView, lang: Lang): CardElement {
  const t = TEXTS[lang];
  const { id, reference, title, status } = entry.commitment;
  const at = (path: string) => ({ lang, issue: issueAt(view.previous?.issues, path) });
  const scoreChoices = t.scores.map((label, i) => ({ title: label, value: String(i + 1) }));
  return container(
    [
      heading(`${reference} — ${title}`, 'default'),
      ...facts([
        [t.axis, entry.axisTitle],
        [t.status, COMMITMENT_STATUS_LABELS[lang][status]],
        [t.adminView, entry.administrationProgress === undefined ? undefined : `${entry.administrationProgress} %`],
      ]),
      ...choiceInput(INPUT.score(id), t.score, scoreChoices, prefill[INPUT.score(id)], { ...at(INPUT.score(id)), style: 'expanded', required: true }),
      ...textInput(INPUT.difficulties(id), t.difficulties, prefill[INPUT.difficulties(id)], { ...at(INPUT.difficulties(id)), maxLength: DIFFICULTIES_LIMIT }),
      ...choiceInput(INPUT.priority(id), t.priority, choicesOf(PRIORITY_LABELS[lang]), prefill[INPUT.priority(id)], { ...at(INPUT.priority(id)), style: 'expanded' }),
    ],
    { separator: true, spacing: 'large' },
  );
}

/** One page of the self-assessment: each commitment with a score 1–5, difficulties and a priority. */
export function buildSelfAssessmentCard(view: SelfAssessmentPageView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const prefill = prefillOf(view);
  const labels = new Map(
    view.commitments.flatMap(({ commitment: c }) => [
      [INPUT.score(c.id), `${c.reference} — ${t.score}`],
      [INPUT.difficulties(c.id), `${c.reference} — ${t.difficulties}`],
      [INPUT.priority(c.id), `${c.reference} — ${t.priority}`],
    ]),
  );
  const { ref } = view;
  const kind = CAMPAIGN_KIND_LABELS[lang].elected_self_assessment;
  return adaptiveCard({
    body: [
      ...questionnaireHeader(ref, view.position, { kind, stepNoun: t.stepNoun }, view.today, lang),
      ...errorSummary(view.previous?.issues ?? [], (path) => labels.get(path), lang),
      ...view.commitments.map((entry) => commitmentBlock(entry, prefill, view, lang)),
    ],
    actions: stepActions(ref, view.position, lang),
    refresh: refreshFor(ref.recipientUserIds, { campaignId: ref.campaignId, deliveryId: ref.deliveryId, cardVersion: ref.cardVersion }),
    fallbackText: `${ref.campaignTitle} — ${kind} ${view.position.step + 1}/${view.position.total}`,
  });
}
