import { COMMITMENT_STATUSES, type Action, type Commitment, type Feedback } from '../../domain/entities/index.js';
import { budgetOf, countActionStates, countIndicatorStates } from '../../domain/rules/bilan-counts.js';
import { voiceFigures } from '../../domain/rules/bilan-voice.js';
import { FAR_BEHIND_MARGIN, commitmentGap, countGaps, type CommitmentGap } from '../../domain/rules/gap-analysis.js';
import type { IndicatorView } from '../roadmap/roadmap-data.js';
import type { BilanCommitmentDto, CommitmentCountsDto, GapDto } from './bilan-api.types.js';
import type { CampaignFigures } from './bilan-campaigns.js';

/** Themes shown per commitment. */
const COMMITMENT_THEMES = 3;

/** What belongs to one commitment. */
export interface CommitmentInputs {
  commitment: Commitment;
  progress?: number;
  actions: readonly Action[];
  indicators: readonly IndicatorView[];
  feedback: readonly Feedback[];
}

/** One commitment's figures at `asOf`, with `elapsed` percent of the mandate behind. */
export function commitmentFigures(input: CommitmentInputs, asOf: string, elapsed: number, views: CampaignFigures): BilanCommitmentDto & { gap: CommitmentGap } {
  const { commitment: c, progress, actions } = input;
  const gap = commitmentGap(c, progress, elapsed);
  const score = views.scores.get(c.id);
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    axisId: c.axisId,
    status: c.status,
    leadPersonId: c.leadPersonId,
    progress,
    delivery: gap.status,
    lag: gap.lag,
    needsJustification: gap.needsJustification,
    gapJustification: c.gapJustification?.trim() ? c.gapJustification : undefined,
    actions: countActionStates(actions, asOf),
    indicators: countIndicatorStates(input.indicators.map((i) => i.assessment.state)),
    budget: budgetOf(actions),
    elected: score && { ...score, progress: Math.round((score.score - 1) * 25 * 10) / 10 },
    administration: views.administration.get(c.id) ?? { source: 'roadmap' },
    voice: voiceFigures(input.feedback, COMMITMENT_THEMES),
    gap,
  };
}

/** Commitments by status and delivery, and how many gaps lack a justification. */
export function commitmentCounts(commitments: readonly (BilanCommitmentDto & { gap: CommitmentGap })[]): CommitmentCountsDto {
  const byStatus = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as CommitmentCountsDto['byStatus'];
  for (const c of commitments) byStatus[c.status] += 1;
  const { unjustified, ...byDelivery } = countGaps(commitments.map((c) => c.gap));
  return { total: commitments.length, byStatus, byDelivery, unjustified };
}

/** Why a commitment is a gap between promised and done, if it is one. */
function gapReason(c: BilanCommitmentDto): GapDto['reason'] | undefined {
  if (c.status === 'revised' || c.status === 'abandoned') return c.status;
  const late = c.delivery === 'behind' || c.delivery === 'not_started';
  return late && (c.lag ?? 0) > FAR_BEHIND_MARGIN ? 'far_behind' : undefined;
}

/** The gaps: those still to explain, and those explained (justification given). */
export function gapLists(commitments: readonly BilanCommitmentDto[]): { toExplain: GapDto[]; justified: GapDto[] } {
  const toExplain: GapDto[] = [];
  const justified: GapDto[] = [];
  for (const c of commitments) {
    const reason = gapReason(c);
    if (!reason) continue;
    const line: GapDto = {
      commitmentId: c.id,
      reference: c.reference,
      title: c.title,
      axisId: c.axisId,
      status: c.status,
      delivery: c.delivery,
      reason,
      progress: c.progress,
      lag: c.lag,
      justification: c.gapJustification,
    };
    (c.gapJustification ? justified : toExplain).push(line);
  }
  return { toExplain, justified };
}
