import type { CampaignKind } from '../campaigns/campaign.schema.js';
import type { ResponseAnswers } from '../campaigns/response.schema.js';
import type { Action, Commitment } from '../entities/index.js';
import { rollUpProgress } from './progress-rollup.js';

/** What the bilan needs to know of a campaign: its kind and when it ran. */
export interface CampaignMoment {
  id: string;
  kind: CampaignKind;
  openingDate: string;
  launchedAt?: string;
  /** When the store created it: breaks ties between campaigns launched the same moment. */
  createdAt?: string;
}

/** What the bilan reads of a response. */
export interface AnsweredResponse {
  id: string;
  campaignId: string;
  personId: string;
  answers: ResponseAnswers;
  submittedAt?: string;
  amendedAt?: string;
}

/** When a campaign ran, as a sortable key. */
const campaignKey = (c: CampaignMoment): string => `${c.launchedAt ?? c.openingDate}|${c.createdAt ?? ''}|${c.id}`;
/** When a response was last given (steps saved before the final submit do not count). */
const answeredAt = (r: AnsweredResponse): string => r.amendedAt ?? r.submittedAt ?? '';

/** Submitted responses only, oldest answer first. */
function submitted<R extends AnsweredResponse>(responses: readonly R[]): R[] {
  return responses.filter((r) => r.submittedAt !== undefined).sort((a, b) => answeredAt(a).localeCompare(answeredAt(b)) || a.id.localeCompare(b.id));
}

/** The latest campaign of a kind that has at least one submitted response, with those responses; undefined if none. */
export function latestAnsweredCampaign<C extends CampaignMoment, R extends AnsweredResponse>(
  campaigns: readonly C[],
  responses: readonly R[],
  kind: CampaignKind,
): { campaign: C; responses: R[] } | undefined {
  const answered = submitted(responses);
  const ofKind = campaigns.filter((c) => c.kind === kind).sort((a, b) => campaignKey(b).localeCompare(campaignKey(a)));
  for (const campaign of ofKind) {
    const mine = answered.filter((r) => r.campaignId === campaign.id && r.answers.kind === kind);
    if (mine.length > 0) return { campaign, responses: mine };
  }
  return undefined;
}

/** The elected officials' view of one commitment: the mean of their scores (1–5, one decimal) and how many gave one. */
export interface ElectedScore {
  score: number;
  respondents: number;
}

/** Mean self-assessment score per commitment; one person counts once (their latest answer). */
export function electedScores(responses: readonly AnsweredResponse[]): Map<string, ElectedScore> {
  const byPerson = new Map<string, Map<string, number>>();
  for (const response of submitted(responses)) {
    if (response.answers.kind !== 'elected_self_assessment') continue;
    const scores = byPerson.get(response.personId) ?? new Map<string, number>();
    for (const [commitmentId, answer] of Object.entries(response.answers.bySubject)) scores.set(commitmentId, answer.score);
    byPerson.set(response.personId, scores);
  }
  const totals = new Map<string, { sum: number; n: number }>();
  for (const scores of byPerson.values())
    for (const [commitmentId, score] of scores) {
      const total = totals.get(commitmentId) ?? { sum: 0, n: 0 };
      totals.set(commitmentId, { sum: total.sum + score, n: total.n + 1 });
    }
  return new Map([...totals].map(([id, { sum, n }]) => [id, { score: Math.round((sum / n) * 10) / 10, respondents: n }]));
}

/** The progress each action was last reported at in an action review (any campaign; the latest answer wins). */
export function reviewedProgress(campaigns: readonly CampaignMoment[], responses: readonly AnsweredResponse[]): Map<string, number> {
  const order = new Map([...campaigns].sort((a, b) => campaignKey(a).localeCompare(campaignKey(b))).map((c, index) => [c.id, index]));
  const reviews = submitted(responses)
    .filter((r) => r.answers.kind === 'action_review' && order.has(r.campaignId))
    .sort((a, b) => (order.get(a.campaignId) ?? 0) - (order.get(b.campaignId) ?? 0) || answeredAt(a).localeCompare(answeredAt(b)));
  const progress = new Map<string, number>();
  for (const review of reviews)
    if (review.answers.kind === 'action_review')
      for (const [actionId, answer] of Object.entries(review.answers.bySubject)) progress.set(actionId, answer.progress);
  return progress;
}

/** The administration's view of one commitment: its actions' progress as last reviewed, else as recorded. */
export interface AdministrationView {
  progress?: number;
  /** `review` when at least one of its actions was reported in an action review. */
  source: 'review' | 'roadmap';
}

/** The administration's view per commitment: the usual roll-up, each reviewed action taken at its reviewed progress. */
export function administrationViews(
  commitments: readonly Commitment[],
  actions: readonly Action[],
  reviewed: ReadonlyMap<string, number>,
): Map<string, AdministrationView> {
  const adjusted = actions.map((a) => (reviewed.has(a.id) ? { ...a, progress: reviewed.get(a.id) } : a));
  const rollup = rollUpProgress({ axes: [], commitments, actions: adjusted });
  const reviewedCommitments = new Set(actions.filter((a) => a.status !== 'cancelled' && reviewed.has(a.id)).map((a) => a.commitmentId));
  return new Map(
    commitments.map((c) => [c.id, { progress: rollup.commitments.get(c.id), source: reviewedCommitments.has(c.id) ? 'review' : 'roadmap' }]),
  );
}
