import type { AdaptiveCard } from '../../../../../bot/cards/adaptive-card.types.js';
import { summarizeCustom, type SummaryItem } from '../../../../../bot/cards/answer-summary.js';
import { buildCustomCard } from '../../../../../bot/cards/custom.card.js';
import type { AnswerResult } from '../../../../domain/campaigns/answers/answer-result.js';
import { parseCustomPage } from '../../../../domain/campaigns/answers/custom.parse.js';
import type { CampaignOf } from '../../../../domain/campaigns/campaign.schema.js';
import { paginateQuestions } from '../../../../domain/campaigns/pagination.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { Step } from '../questionnaire.types.js';
import { answersOf, type AnswersOf, type StepAnswers } from './answers-of.js';
import type { StepParse, StepRender } from './step-render.js';

type PageStep = Extract<Step, { kind: 'custom' }>;

/** The campaign's questions in pages (paginateQuestions), the same for every recipient. */
export function customSteps(campaign: CampaignOf<'custom'>): PageStep[] {
  let firstIndex = 0;
  return paginateQuestions(campaign.questions).map((questions) => {
    const step: PageStep = { kind: 'custom', questions, firstIndex };
    firstIndex += questions.length;
    return step;
  });
}

/** One page of questions; the campaign's description opens the first one. */
export function customCard(r: StepRender, step: PageStep): Promise<AdaptiveCard> {
  return Promise.resolve(
    buildCustomCard(
      {
        ref: r.ref,
        position: r.position,
        questions: step.questions,
        firstIndex: step.firstIndex,
        description: r.campaign.description,
        draft: answersOf(r.response, 'custom'),
        previous: r.previous,
        today: r.today,
      },
      r.lang,
    ),
  );
}

/** Reads a page; an optional question left blank is no answer (and drops an earlier one). */
export function parseCustom(p: StepParse, step: PageStep): AnswerResult<StepAnswers> {
  const parsed = parseCustomPage(p.inputs, step.questions);
  return parsed.ok ? { ok: true, value: { kind: 'custom', subjects: step.questions.map((q) => q.id), bySubject: parsed.value } } : parsed;
}

/** The summary of a custom questionnaire: every question, unanswered ones said so. */
export function customSummary(campaign: CampaignOf<'custom'>, answers: AnswersOf<'custom'>, lang: Lang): SummaryItem[] {
  return summarizeCustom(campaign.questions, answers, lang);
}
