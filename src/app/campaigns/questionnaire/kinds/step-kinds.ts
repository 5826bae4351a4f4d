import type { AdaptiveCard } from '../../../../../bot/cards/adaptive-card.types.js';
import type { SummaryItem } from '../../../../../bot/cards/answer-summary.js';
import type { AnswerResult } from '../../../../domain/campaigns/answers/answer-result.js';
import type { Campaign } from '../../../../domain/campaigns/campaign.schema.js';
import type { CampaignResponse } from '../../../../domain/campaigns/response.schema.js';
import type { Person } from '../../../../domain/entities/index.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../../ports/store.port.js';
import type { Step } from '../questionnaire.types.js';
import { actionReviewCard, actionReviewSteps, actionReviewSummary, parseActionReview } from './action-review.kind.js';
import { answersOf, type StepAnswers } from './answers-of.js';
import { customCard, customSteps, customSummary, parseCustom } from './custom.kind.js';
import { parseSelfAssessment, selfAssessmentCard, selfAssessmentSteps, selfAssessmentSummary } from './self-assessment.kind.js';
import type { StepParse, StepRender } from './step-render.js';
import { parseWorkingTime, workingTimeCard, workingTimeSteps, workingTimeSummary } from './working-time.kind.js';

const stepsOf = <K extends Step['kind']>(steps: readonly Step[], kind: K): Extract<Step, { kind: K }>[] =>
  steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);

/** What this recipient answers, in order; `response` keeps subjects they answered already in the list. */
export async function listSteps(store: RoadmapStore, campaign: Campaign, person: Person, response: CampaignResponse | undefined): Promise<Step[]> {
  switch (campaign.kind) {
    case 'action_review':
      return actionReviewSteps(store, person, answersOf(response, 'action_review'));
    case 'elected_self_assessment':
      return selfAssessmentSteps(store, person, answersOf(response, 'elected_self_assessment'));
    case 'working_time_1607':
      return workingTimeSteps(store, person, answersOf(response, 'working_time_1607'));
    case 'custom':
      return customSteps(campaign);
  }
}

/** The card of one step. */
export function renderStep(r: StepRender, step: Step): Promise<AdaptiveCard> {
  switch (step.kind) {
    case 'action_review':
      return actionReviewCard(r, step);
    case 'elected_self_assessment':
      return selfAssessmentCard(r, step);
    case 'working_time_1607':
      return workingTimeCard(r, step);
    case 'custom':
      return customCard(r, step);
  }
}

/** Reads one step's inputs with its kind's parser: the step's answers, or the issues to show beside the fields. */
export async function parseStep(p: StepParse, step: Step): Promise<AnswerResult<StepAnswers>> {
  switch (step.kind) {
    case 'action_review':
      return parseActionReview(p, step);
    case 'elected_self_assessment':
      return parseSelfAssessment(p, step);
    case 'working_time_1607':
      return parseWorkingTime(p, step);
    case 'custom':
      return parseCustom(p, step);
  }
}

/** The summary of what was answered, for the answered card. */
export async function summarize(store: RoadmapStore, campaign: Campaign, steps: readonly Step[], response: CampaignResponse | undefined, lang: Lang): Promise<SummaryItem[]> {
  const answers = response?.answers;
  if (!answers) return [];
  switch (answers.kind) {
    case 'action_review':
      return actionReviewSummary(store, stepsOf(steps, 'action_review'), answers.bySubject, lang);
    case 'elected_self_assessment':
      return selfAssessmentSummary(store, stepsOf(steps, 'elected_self_assessment'), answers.bySubject, lang);
    case 'working_time_1607':
      return workingTimeSummary(store, stepsOf(steps, 'working_time_1607'), answers.bySubject, lang);
    case 'custom':
      return campaign.kind === 'custom' ? customSummary(campaign, answers.bySubject, lang) : [];
  }
}
