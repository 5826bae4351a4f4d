import { FEEDBACK_KINDS, type Action, type Feedback } from '../../domain/entities/index.js';
import { budgetOf, countActionStates, countIndicatorStates } from '../../domain/rules/bilan-counts.js';
import { voiceFigures } from '../../domain/rules/bilan-voice.js';
import { mandateElapsed, perceptionGaps } from '../../domain/rules/gap-analysis.js';
import { groupBy } from '../../domain/rules/group-by.js';
import { deriveRoadmapData, type IndicatorView } from '../roadmap/roadmap-data.js';
import type { BilanAxisDto, BilanCommitmentDto, BilanDto, BilanSourceDto, PerceptionGapDto } from './bilan-api.types.js';
import { campaignFigures } from './bilan-campaigns.js';
import { commitmentCounts, commitmentFigures, gapLists } from './bilan-commitment.js';
import { latestMeasuresAt, type RecordSet } from './record-set.js';

/** Themes shown for the whole mandate. */
const MANDATE_THEMES = 10;

const byReference = (a: { reference: string }, b: { reference: string }): number =>
  a.reference.localeCompare(b.reference, 'fr', { numeric: true });

/** The feedback section: counts, kinds, themes and the records (without their summaries). */
function voiceOf(feedback: readonly Feedback[], commitmentIds: ReadonlySet<string>): BilanDto['voice'] {
  const byKind = Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, 0])) as BilanDto['voice']['byKind'];
  for (const f of feedback) byKind[f.kind] += 1;
  const linked = new Set(feedback.flatMap((f) => f.commitmentIds).filter((id) => commitmentIds.has(id)));
  const records = [...feedback]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map(({ id, kind, title, date, participants, themes, commitmentIds: ids }) => ({ id, kind, title, date, participants, themes, commitmentIds: ids }));
  return { ...voiceFigures(feedback, MANDATE_THEMES), byKind, commitmentsLinked: linked.size, records };
}

/** The bilan de mi-mandat of a record set (pure): promised vs done, the two views, the gaps, what was heard, 1,607 h. */
export function buildBilan(set: RecordSet, source: BilanSourceDto): BilanDto {
  const { asOf, records } = set;
  const mandate = records.mandate[0];
  const data = deriveRoadmapData(
    { mandate, axes: records.axis, commitments: records.commitment, actions: records.action, indicators: records.indicator, latest: latestMeasuresAt(records.measure, asOf) },
    asOf,
  );
  const elapsed = mandate ? mandateElapsed(mandate, asOf) : 0;
  const views = campaignFigures(set);
  const commitmentOfAction = new Map(records.action.map((a) => [a.id, a.commitmentId]));
  const actionsOf = groupBy<Action>(records.action, (a) => a.commitmentId);
  const indicatorsOf = groupBy<IndicatorView>(data.indicators, (i) => i.commitmentId ?? commitmentOfAction.get(i.actionId ?? ''));
  const feedbackOf = new Map<string, Feedback[]>();
  for (const f of records.feedback)
    for (const id of new Set(f.commitmentIds)) {
      const list = feedbackOf.get(id);
      if (list) list.push(f);
      else feedbackOf.set(id, [f]);
    }

  const commitments = [...records.commitment].sort(byReference).map((commitment) =>
    commitmentFigures(
      {
        commitment,
        progress: data.rollup.commitments.get(commitment.id),
        actions: actionsOf.get(commitment.id) ?? [],
        indicators: indicatorsOf.get(commitment.id) ?? [],
        feedback: feedbackOf.get(commitment.id) ?? [],
      },
      asOf,
      elapsed,
      views,
    ),
  );
  const commitmentsOfAxis = groupBy(commitments, (c) => c.axisId);
  const axes = records.axis.map((axis): BilanAxisDto => {
    const mine = commitmentsOfAxis.get(axis.id) ?? [];
    const actions = mine.flatMap((c) => actionsOf.get(c.id) ?? []);
    return {
      id: axis.id,
      title: axis.title,
      color: axis.color,
      order: axis.order,
      progress: data.rollup.axes.get(axis.id),
      commitmentCounts: commitmentCounts(mine),
      actions: countActionStates(actions, asOf),
      indicators: countIndicatorStates(mine.flatMap((c) => indicatorsOf.get(c.id) ?? []).map((i) => i.assessment.state)),
      budget: budgetOf(actions),
      commitments: mine.map(({ gap: _gap, ...c }): BilanCommitmentDto => c),
    };
  });

  const byId = new Map(commitments.map((c) => [c.id, c]));
  const scores = new Map([...views.scores].map(([id, s]) => [id, s.score]));
  const administration = new Map([...views.administration].map(([id, v]) => [id, v.progress]));
  const gaps = perceptionGaps(scores, administration).flatMap((g): PerceptionGapDto[] => {
    const c = byId.get(g.commitmentId);
    if (!c) return [];
    return [{ ...g, reference: c.reference, title: c.title, axisId: c.axisId, respondents: views.scores.get(g.commitmentId)?.respondents ?? 0 }];
  });
  const plain = commitments.map(({ gap: _gap, ...c }) => c);
  const { toExplain, justified } = gapLists(plain);

  return {
    asOf,
    source,
    mandate: mandate && {
      collectivityName: mandate.collectivityName,
      collectivityKind: mandate.collectivityKind,
      population: mandate.population,
      startDate: mandate.startDate,
      endDate: mandate.endDate,
      midTermDate: mandate.midTermDate,
    },
    elapsed,
    progress: data.rollup.mandate,
    commitments: commitmentCounts(commitments),
    actions: countActionStates(records.action, asOf),
    indicators: countIndicatorStates(data.indicators.map((i) => i.assessment.state)),
    budget: budgetOf(records.action),
    axes,
    views: { elected: views.elected, review: views.review, compared: gaps.length, gaps },
    gapsToExplain: toExplain,
    justifiedGaps: justified,
    voice: voiceOf(records.feedback, new Set(byId.keys())),
    workingTime: views.workingTime,
  };
}
