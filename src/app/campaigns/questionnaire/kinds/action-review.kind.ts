import { buildActionReviewCard, type ActionReviewStepView } from '../../../../../bot/cards/action-review.card.js';
import type { ReviewIndicatorView } from '../../../../../bot/cards/action-review.view.js';
import type { AdaptiveCard } from '../../../../../bot/cards/adaptive-card.types.js';
import { summarizeReview, type SummaryItem } from '../../../../../bot/cards/answer-summary.js';
import type { AnswerResult } from '../../../../domain/campaigns/answers/answer-result.js';
import { parseActionReviewStep } from '../../../../domain/campaigns/answers/action-review.parse.js';
import type { Action, Measure, Person } from '../../../../domain/entities/index.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../../ports/store.port.js';
import { actionsInCharge, isActive, missingRecords } from '../person-scope.js';
import type { Step } from '../questionnaire.types.js';
import { answersOf, inStepOrder, type AnswersOf, type StepAnswers } from './answers-of.js';
import { present, READING_ORDER, type StepParse, type StepRender } from './step-render.js';

type ActionStep = Extract<Step, { kind: 'action_review' }>;

// Grouped by commitment, then by id: both stable, so a step keeps its place while the person answers.
const reviewOrder = (a: Action, b: Action): number => READING_ORDER.compare(a.commitmentId, b.commitmentId) || READING_ORDER.compare(a.id, b.id);

/**
 * One step per action the person answers for that is still running, plus any action they already answered in this
 * response (so an action finished meanwhile, or one amended after the answers were applied, keeps its step).
 */
export async function actionReviewSteps(store: RoadmapStore, person: Person, saved: AnswersOf<'action_review'> | undefined): Promise<ActionStep[]> {
  const inCharge = (await actionsInCharge(store, person)).filter((a) => isActive(a) || saved?.[a.id] !== undefined);
  const answeredElsewhere = await missingRecords(inCharge, Object.keys(saved ?? {}), (id) => store.action.get(id));
  return [...inCharge, ...answeredElsewhere].sort(reviewOrder).map((action) => ({ kind: 'action_review', action }));
}

const latest = (measures: readonly Measure[]): Pick<Measure, 'value' | 'date'> | undefined =>
  measures.reduce<Measure | undefined>((best, m) => (best === undefined || m.date > best.date ? m : best), undefined);

async function indicatorViews(store: RoadmapStore, actionId: string): Promise<ReviewIndicatorView[]> {
  const indicators = await store.indicator.list({ actionId });
  return Promise.all(indicators.map(async (indicator) => ({ indicator, last: latest(await store.measure.list({ indicatorId: indicator.id })) })));
}

/** The comment the person left on this action in an earlier campaign, the latest one. */
async function lastComment(store: RoadmapStore, personId: string, campaignId: string, actionId: string): Promise<ActionReviewStepView['lastComment']> {
  let best: { text: string; date: string } | undefined;
  for (const response of await store.operations.response.find({ personId })) {
    if (response.campaignId === campaignId || !response.submittedAt || response.answers.kind !== 'action_review') continue;
    const text = response.answers.bySubject[actionId]?.comment?.trim();
    const date = response.amendedAt ?? response.submittedAt;
    if (text && (best === undefined || date > best.date)) best = { text, date };
  }
  return best;
}

/** The card of one action: the action in context, prefilled with the saved answer or the action's current values. */
export async function actionReviewCard(r: StepRender, step: ActionStep): Promise<AdaptiveCard> {
  const { action } = step;
  const [commitment, service, indicators, comment] = await Promise.all([
    r.store.commitment.get(action.commitmentId),
    action.serviceId === undefined ? undefined : r.store.service.get(action.serviceId),
    indicatorViews(r.store, action.id),
    lastComment(r.store, r.personId, r.ref.campaignId, action.id),
  ]);
  const view: ActionReviewStepView = {
    ref: r.ref,
    position: r.position,
    action,
    commitment: commitment ? { reference: commitment.reference, title: commitment.title } : { reference: '—', title: '' },
    serviceName: service?.name,
    lastComment: comment,
    indicators,
    draft: answersOf(r.response, 'action_review')?.[action.id],
    previous: r.previous,
    today: r.today,
  };
  return buildActionReviewCard(view, r.lang);
}

/** Reads the step's inputs against the action's indicators. */
export async function parseActionReview(p: StepParse, step: ActionStep): Promise<AnswerResult<StepAnswers>> {
  const { id } = step.action;
  const indicators = await p.store.indicator.list({ actionId: id });
  const parsed = parseActionReviewStep(p.inputs, { indicatorIds: indicators.map((i) => i.id), today: p.today });
  return parsed.ok ? { ok: true, value: { kind: 'action_review', subjects: [id], bySubject: { [id]: parsed.value } } } : parsed;
}

/** The summary of an action review, in step order, with action and indicator names. */
export async function actionReviewSummary(store: RoadmapStore, steps: readonly ActionStep[], answers: AnswersOf<'action_review'>, lang: Lang): Promise<SummaryItem[]> {
  const listed = steps.map((s) => s.action);
  const actions = [...listed, ...(await missingRecords(listed, Object.keys(answers), (id) => store.action.get(id)))];
  const indicatorIds = [...new Set(Object.values(answers).flatMap((a) => a.measures.map((m) => m.indicatorId)))];
  const indicators = (await Promise.all(indicatorIds.map((id) => store.indicator.get(id)))).filter(present);
  const names = new Map<string, string>([...actions.map((a): [string, string] => [a.id, a.title]), ...indicators.map((i): [string, string] => [i.id, i.name])]);
  return summarizeReview(inStepOrder(answers, listed.map((a) => a.id)), names, lang);
}
