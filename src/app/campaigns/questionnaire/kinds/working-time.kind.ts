import type { AdaptiveCard } from '../../../../../bot/cards/adaptive-card.types.js';
import { summarizeWorkingTime, type SummaryItem } from '../../../../../bot/cards/answer-summary.js';
import { buildWorkingTimeCard } from '../../../../../bot/cards/working-time.card.js';
import type { AnswerResult } from '../../../../domain/campaigns/answers/answer-result.js';
import { parseWorkingTimeStep } from '../../../../domain/campaigns/answers/working-time.parse.js';
import type { Person } from '../../../../domain/entities/index.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../../ports/store.port.js';
import { headedServices, missingRecords } from '../person-scope.js';
import type { Step } from '../questionnaire.types.js';
import { answersOf, inStepOrder, type AnswersOf, type StepAnswers } from './answers-of.js';
import { READING_ORDER, type StepParse, type StepRender } from './step-render.js';

type ServiceStep = Extract<Step, { kind: 'working_time_1607' }>;

/** One step per service the person heads (and any service they already answered for), by name. */
export async function workingTimeSteps(store: RoadmapStore, person: Person, saved: AnswersOf<'working_time_1607'> | undefined): Promise<ServiceStep[]> {
  const headed = await headedServices(store, person);
  const all = [...headed, ...(await missingRecords(headed, Object.keys(saved ?? {}), (id) => store.service.get(id)))];
  return all.sort((a, b) => READING_ORDER.compare(a.name, b.name) || READING_ORDER.compare(a.id, b.id)).map((service) => ({ kind: 'working_time_1607', service }));
}

/** One service's card, prefilled with its saved answer. */
export function workingTimeCard(r: StepRender, step: ServiceStep): Promise<AdaptiveCard> {
  const draft = answersOf(r.response, 'working_time_1607')?.[step.service.id];
  return Promise.resolve(buildWorkingTimeCard({ ref: r.ref, position: r.position, service: step.service, draft, previous: r.previous, today: r.today }, r.lang));
}

/** Reads one service's hours and split (which must make 100 %). */
export function parseWorkingTime(p: StepParse, step: ServiceStep): AnswerResult<StepAnswers> {
  const { id } = step.service;
  const parsed = parseWorkingTimeStep(p.inputs);
  return parsed.ok ? { ok: true, value: { kind: 'working_time_1607', subjects: [id], bySubject: { [id]: parsed.value } } } : parsed;
}

/** The summary of a 1,607 h answer, by service name. */
export async function workingTimeSummary(store: RoadmapStore, steps: readonly ServiceStep[], answers: AnswersOf<'working_time_1607'>, lang: Lang): Promise<SummaryItem[]> {
  const listed = steps.map((s) => s.service);
  const all = [...listed, ...(await missingRecords(listed, Object.keys(answers), (id) => store.service.get(id)))];
  return summarizeWorkingTime(inStepOrder(answers, listed.map((s) => s.id)), new Map(all.map((s) => [s.id, s.name])), lang);
}
