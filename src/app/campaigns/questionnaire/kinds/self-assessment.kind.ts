import type { AdaptiveCard } from '../../../../../bot/cards/adaptive-card.types.js';
import { summarizeSelfAssessment, type SummaryItem } from '../../../../../bot/cards/answer-summary.js';
import { buildSelfAssessmentCard } from '../../../../../bot/cards/self-assessment.card.js';
import type { AnswerResult } from '../../../../domain/campaigns/answers/answer-result.js';
import { parseSelfAssessmentPage } from '../../../../domain/campaigns/answers/self-assessment.parse.js';
import { paginate, SELF_ASSESSMENT_PAGE_SIZE } from '../../../../domain/campaigns/pagination.js';
import type { Commitment, Person, Stored } from '../../../../domain/entities/index.js';
import { rollUpProgress } from '../../../../domain/rules/progress-rollup.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../../ports/store.port.js';
import { missingRecords } from '../person-scope.js';
import type { Step } from '../questionnaire.types.js';
import { answersOf, inStepOrder, type AnswersOf, type StepAnswers } from './answers-of.js';
import { present, READING_ORDER, type StepParse, type StepRender } from './step-render.js';

type AssessmentStep = Extract<Step, { kind: 'elected_self_assessment' }>;

const label = (c: Pick<Commitment, 'reference' | 'title'>): string => `${c.reference} — ${c.title}`;

/** The commitments the elected official leads (and any they already assessed), by reference, a few per page. */
export async function selfAssessmentSteps(store: RoadmapStore, person: Person, saved: AnswersOf<'elected_self_assessment'> | undefined): Promise<AssessmentStep[]> {
  const led = await store.commitment.list({ leadPersonId: person.id });
  const all = [...led, ...(await missingRecords(led, Object.keys(saved ?? {}), (id) => store.commitment.get(id)))];
  const sorted = all.sort((a, b) => READING_ORDER.compare(a.reference, b.reference) || READING_ORDER.compare(a.id, b.id));
  return paginate(sorted, SELF_ASSESSMENT_PAGE_SIZE).map((commitments) => ({ kind: 'elected_self_assessment', commitments }));
}

/** One page: each commitment with the administration's roll-up progress, for comparison. */
export async function selfAssessmentCard(r: StepRender, step: AssessmentStep): Promise<AdaptiveCard> {
  const commitments: Stored<Commitment>[] = step.commitments;
  const axisIds = [...new Set(commitments.map((c) => c.axisId))];
  const [actions, axes] = await Promise.all([
    r.store.action.list({ commitmentIds: commitments.map((c) => c.id) }),
    Promise.all(axisIds.map((id) => r.store.axis.get(id))),
  ]);
  const rollup = rollUpProgress({ axes: [], commitments, actions });
  const axisTitles = new Map(axes.filter(present).map((a) => [a.id, a.title]));
  const saved = answersOf(r.response, 'elected_self_assessment');
  return buildSelfAssessmentCard(
    {
      ref: r.ref,
      position: r.position,
      commitments: commitments.map((commitment) => {
        const progress = rollup.commitments.get(commitment.id);
        return {
          commitment,
          axisTitle: axisTitles.get(commitment.axisId),
          administrationProgress: progress === undefined ? undefined : Math.round(progress),
          draft: saved?.[commitment.id],
        };
      }),
      previous: r.previous,
      today: r.today,
    },
    r.lang,
  );
}

/** Reads a page: one score per commitment shown. */
export function parseSelfAssessment(p: StepParse, step: AssessmentStep): AnswerResult<StepAnswers> {
  const subjects = step.commitments.map((c) => c.id);
  const parsed = parseSelfAssessmentPage(p.inputs, subjects);
  return parsed.ok ? { ok: true, value: { kind: 'elected_self_assessment', subjects, bySubject: parsed.value } } : parsed;
}

/** The summary of a self-assessment, in page order, each commitment named "1.2 — title". */
export async function selfAssessmentSummary(
  store: RoadmapStore,
  steps: readonly AssessmentStep[],
  answers: AnswersOf<'elected_self_assessment'>,
  lang: Lang,
): Promise<SummaryItem[]> {
  const listed = steps.flatMap((s) => s.commitments);
  const all = [...listed, ...(await missingRecords(listed, Object.keys(answers), (id) => store.commitment.get(id)))];
  const names = new Map(all.map((c) => [c.id, label(c)]));
  return summarizeSelfAssessment(inStepOrder(answers, listed.map((c) => c.id)), names, lang);
}
