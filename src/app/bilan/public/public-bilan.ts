import type { Feedback, Indicator, Measure } from '../../../domain/entities/index.js';
import { assessIndicator, type IndicatorState } from '../../../domain/rules/indicator-achievement.js';
import { voiceFigures, type VoiceFigures } from '../../../domain/rules/bilan-voice.js';
import type { BilanDto, CommitmentCountsDto, DeliveryStatusCode, GapDto } from '../bilan-api.types.js';
import { latestMeasuresAt, type RecordSet } from '../record-set.js';
import { publicRecords, type PublicRecord, type PublicRecords } from './public-fields.js';

/** Public action counts: no "blocked" figure (an internal appreciation). */
export interface PublicActionCounts {
  total: number;
  done: number;
  inProgress: number;
  late: number;
  notStarted: number;
}
/** Public indicator counts. */
export type PublicIndicatorCounts = BilanDto['indicators'];

/** One commitment as the public sees it. */
export interface PublicCommitment {
  id: string;
  reference: string;
  title: string;
  description?: string;
  status: BilanDto['axes'][number]['commitments'][number]['status'];
  delivery: DeliveryStatusCode;
  progress?: number;
  gapJustification?: string;
  actions: PublicActionCounts;
  indicators: PublicIndicatorCounts;
  voice: VoiceFigures;
}

/** One axis as the public sees it. */
export interface PublicAxis {
  id: string;
  title: string;
  description?: string;
  progress?: number;
  commitmentCounts: Omit<CommitmentCountsDto, 'unjustified'>;
  actions: PublicActionCounts;
  indicators: PublicIndicatorCounts;
  commitments: PublicCommitment[];
}

/** An indicator of the annex: definition, latest measure, where it stands. */
export interface PublicIndicator {
  id: string;
  name: string;
  unit: string;
  direction: Indicator['direction'];
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  latest?: { date: string; value: number };
  state: IndicatorState;
  commitmentReference?: string;
}

/** The public bilan: what the page, the PDF and the open data publish, and nothing more. */
export interface PublicBilan {
  asOf: string;
  generatedAt: string;
  mandate?: PublicRecord;
  collectivityName: string;
  elapsed: number;
  progress?: number;
  commitments: Omit<CommitmentCountsDto, 'unjustified'>;
  actions: PublicActionCounts;
  indicators: PublicIndicatorCounts;
  axes: PublicAxis[];
  /** Revised or abandoned commitments, and those far behind whose gap is explained. */
  gaps: (Pick<GapDto, 'commitmentId' | 'reference' | 'title' | 'status' | 'reason'> & { justification?: string })[];
  indicatorAnnex: PublicIndicator[];
  voice: VoiceFigures & { records: PublicRecord[] };
  /** The records themselves, public fields only (the open data). */
  records: PublicRecords;
}

const publicActions = ({ total, done, inProgress, late, notStarted }: BilanDto['actions']): PublicActionCounts => ({ total, done, inProgress, late, notStarted });
const publicCounts = ({ unjustified: _u, ...counts }: CommitmentCountsDto): Omit<CommitmentCountsDto, 'unjustified'> => counts;
const text = (record: PublicRecord | undefined, field: string): string | undefined => {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() ? value : undefined;
};

/**
 * Builds the public bilan from the internal one and the record set. Figures (progress, counts, states) come from the
 * bilan; every text comes from `publicRecords`, so no internal field can slip through a label.
 */
export function buildPublicBilan(bilan: BilanDto, set: RecordSet, generatedAt: string): PublicBilan {
  const records = publicRecords(set.records);
  const byId = (list: PublicRecord[]) => new Map(list.map((r) => [String(r.id), r]));
  const [axes, commitments] = [byId(records.axis), byId(records.commitment)];
  const feedback = records.feedback.map((f) => ({
    kind: f.kind as Feedback['kind'],
    themes: (f.themes ?? []) as string[],
    participants: f.participants as number | undefined,
    commitmentIds: (f.commitmentIds ?? []) as string[],
  }));
  const citizenVoiceOf = (id: string) => voiceFigures(feedback.filter((f) => f.commitmentIds.includes(id)), 3);

  const publicAxes = bilan.axes.map((axis): PublicAxis => ({
    id: axis.id,
    title: text(axes.get(axis.id), 'title') ?? axis.id,
    description: text(axes.get(axis.id), 'description'),
    progress: axis.progress,
    commitmentCounts: publicCounts(axis.commitmentCounts),
    actions: publicActions(axis.actions),
    indicators: axis.indicators,
    commitments: axis.commitments.map((c) => {
      const record = commitments.get(c.id);
      return {
        id: c.id,
        reference: text(record, 'reference') ?? c.id,
        title: text(record, 'title') ?? c.id,
        description: text(record, 'description'),
        status: c.status,
        delivery: c.delivery,
        progress: c.progress,
        gapJustification: text(record, 'gapJustification'),
        actions: publicActions(c.actions),
        indicators: c.indicators,
        voice: citizenVoiceOf(c.id),
      };
    }),
  }));

  const gaps = [...bilan.justifiedGaps, ...bilan.gapsToExplain.filter((g) => g.reason !== 'far_behind')]
    .map((g) => {
      const record = commitments.get(g.commitmentId);
      return { commitmentId: g.commitmentId, reference: text(record, 'reference') ?? g.commitmentId, title: text(record, 'title') ?? '', status: g.status, reason: g.reason, justification: text(record, 'gapJustification') };
    })
    .sort((a, b) => a.reference.localeCompare(b.reference, 'fr', { numeric: true }));

  return {
    asOf: bilan.asOf,
    generatedAt,
    mandate: records.mandate[0],
    collectivityName: text(records.mandate[0], 'collectivityName') ?? '',
    elapsed: bilan.elapsed,
    progress: bilan.progress,
    commitments: publicCounts(bilan.commitments),
    actions: publicActions(bilan.actions),
    indicators: bilan.indicators,
    axes: publicAxes,
    gaps,
    indicatorAnnex: buildIndicatorAnnex(records, set.asOf),
    voice: { ...voiceFigures(feedback, 10), records: [...records.feedback].sort((a, b) => String(b.date).localeCompare(String(a.date))) },
    records,
  };
}

/** Every indicator with its latest public measure and its state at `asOf`, by commitment reference. */
export function buildIndicatorAnnex(records: PublicRecords, asOf: string): PublicIndicator[] {
  const indicators = records.indicator as unknown as Indicator[];
  const measures = records.measure as unknown as Measure[];
  const latest = new Map(latestMeasuresAt(measures, asOf).map((m) => [m.indicatorId, m]));
  const commitmentOfAction = new Map(records.action.map((a) => [String(a.id), String(a.commitmentId)]));
  const references = new Map(records.commitment.map((c) => [String(c.id), String(c.reference)]));
  return indicators
    .map((i): PublicIndicator => {
      const measure = latest.get(i.id);
      const commitmentId = i.commitmentId ?? commitmentOfAction.get(i.actionId ?? '');
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        targetValue: i.targetValue,
        targetDate: i.targetDate,
        latest: measure && { date: measure.date, value: measure.value },
        state: assessIndicator({ ...i, milestones: i.milestones ?? [] }, measure, asOf).state,
        commitmentReference: commitmentId === undefined ? undefined : references.get(commitmentId),
      };
    })
    .sort((a, b) => (a.commitmentReference ?? '').localeCompare(b.commitmentReference ?? '', 'fr', { numeric: true }) || a.name.localeCompare(b.name, 'fr'));
}
