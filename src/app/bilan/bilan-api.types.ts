/**
 * The JSON the bilan, snapshot and export routes answer, for the tab. This file depends on the vocabulary only, so
 * that the tab can include it as it includes vocabulary.ts; the server assigns its domain values to these types,
 * so a code added on one side and not the other fails to compile.
 */
import type { ActionStatus, CommitmentStatus, EntityKind } from '../../domain/entities/vocabulary.js';

/** Where a promise stands against the time spent of the mandate (gap-analysis.ts). */
export type DeliveryStatusCode = 'done' | 'on_track' | 'behind' | 'not_started' | 'revised' | 'abandoned' | 'unknown';
/** Kinds of feedback (feedback.schema.ts). */
export type FeedbackKindCode = 'citizen_workshop' | 'online_consultation' | 'elected_seminar' | 'administration_meeting' | 'other';
/** Uses of the time freed by the 1,607 hours (working-time.answer.ts). */
export type TimeUseCode = 'better_service' | 'new_projects' | 'quality_of_life' | 'other';

/** Actions by state at the bilan's date; `total` leaves cancelled actions out (done + inProgress + late + notStarted = total). */
export interface ActionStateCountsDto {
  total: number;
  done: number;
  inProgress: number;
  late: number;
  notStarted: number;
  /** Of the actions in progress or late, those marked blocked. */
  blocked: number;
  cancelled: number;
}

/** Indicators by where they stand at the bilan's date. */
export interface IndicatorStateCountsDto {
  total: number;
  reached: number;
  onTrack: number;
  behind: number;
  noData: number;
}

/** Budget planned against spent, in euros; consumption in percent (undefined when nothing is planned). */
export interface BudgetDto {
  planned: number;
  spent: number;
  consumption?: number;
  actionsWithBudget: number;
}

/** Commitments by status and by delivery. */
export interface CommitmentCountsDto {
  total: number;
  byStatus: Record<CommitmentStatus, number>;
  byDelivery: Record<DeliveryStatusCode, number>;
  /** Gaps still lacking a justification. */
  unjustified: number;
}

/** What was heard: records, of which from citizens, participants, main themes. */
export interface VoiceFiguresDto {
  count: number;
  citizen: number;
  participants: number;
  themes: { theme: string; count: number }[];
}

/** One commitment in the bilan. */
export interface BilanCommitmentDto {
  id: string;
  reference: string;
  title: string;
  axisId: string;
  status: CommitmentStatus;
  leadPersonId?: string;
  /** Roll-up progress 0–100 (undefined when no action has a progress). */
  progress?: number;
  delivery: DeliveryStatusCode;
  /** Points behind (positive) or ahead (negative) of the share of the mandate elapsed. */
  lag?: number;
  needsJustification: boolean;
  gapJustification?: string;
  actions: ActionStateCountsDto;
  indicators: IndicatorStateCountsDto;
  budget: BudgetDto;
  /** Elected officials' self-assessment (mean score 1–5); absent without answers. */
  elected?: { score: number; respondents: number; progress: number };
  /** The administration's view: progress from the latest action reviews, else the roadmap. */
  administration: { progress?: number; source: 'review' | 'roadmap' };
  voice: VoiceFiguresDto;
}

/** One axis in the bilan, with its commitments. */
export interface BilanAxisDto {
  id: string;
  title: string;
  color: string;
  order: number;
  progress?: number;
  commitmentCounts: CommitmentCountsDto;
  actions: ActionStateCountsDto;
  indicators: IndicatorStateCountsDto;
  budget: BudgetDto;
  commitments: BilanCommitmentDto[];
}

/** A commitment where the elected officials and the administration disagree (largest first). */
export interface PerceptionGapDto {
  commitmentId: string;
  reference: string;
  title: string;
  axisId: string;
  electedScore: number;
  respondents: number;
  /** The elected score on the progress scale: 1 → 0 %, 5 → 100 %. */
  electedProgress: number;
  administrationProgress: number;
  /** Positive when the elected officials see the commitment further along than the administration. */
  difference: number;
}

/** A gap between promised and done: to explain (no justification yet) or justified. */
export interface GapDto {
  commitmentId: string;
  reference: string;
  title: string;
  axisId: string;
  status: CommitmentStatus;
  delivery: DeliveryStatusCode;
  reason: 'revised' | 'abandoned' | 'far_behind';
  progress?: number;
  lag?: number;
  justification?: string;
}

/** A campaign whose answers the bilan used. */
export interface CampaignRefDto {
  id: string;
  title: string;
  respondents: number;
  launchedAt?: string;
  closedAt?: string;
}

/** One service's 1,607 h answer. */
export interface ServiceWorkingTimeDto {
  serviceId: string;
  serviceName: string;
  hoursFreed: number;
  split: Record<TimeUseCode, number>;
  hours: Record<TimeUseCode, number>;
}

/** Where the figures come from. */
export type BilanSourceDto = { kind: 'today' } | { kind: 'snapshot'; id: string; title: string; takenAt: string };

/** GET /api/v1/bilan[?snapshot=<id>] */
export interface BilanDto {
  asOf: string;
  source: BilanSourceDto;
  mandate?: { collectivityName: string; collectivityKind: string; population?: number; startDate: string; endDate: string; midTermDate: string };
  /** Share of the mandate elapsed at `asOf`, in percent. */
  elapsed: number;
  progress?: number;
  commitments: CommitmentCountsDto;
  actions: ActionStateCountsDto;
  indicators: IndicatorStateCountsDto;
  budget: BudgetDto;
  axes: BilanAxisDto[];
  /** The two views confronted; `elected` / `review` absent when no such campaign has answers yet. */
  views: { elected?: CampaignRefDto; review?: CampaignRefDto; compared: number; gaps: PerceptionGapDto[] };
  gapsToExplain: GapDto[];
  justifiedGaps: GapDto[];
  voice: VoiceFiguresDto & {
    byKind: Record<FeedbackKindCode, number>;
    commitmentsLinked: number;
    records: { id: string; kind: FeedbackKindCode; title: string; date: string; participants?: number; themes: string[]; commitmentIds: string[] }[];
  };
  /** 1,607 hours; `campaign` absent (and lists empty) when no such campaign has answers yet. */
  workingTime: {
    campaign?: CampaignRefDto;
    services: ServiceWorkingTimeDto[];
    total: { services: number; hoursFreed: number; hours: Record<TimeUseCode, number>; split: Record<TimeUseCode, number> };
  };
}

/** A snapshot's header. GET /api/v1/snapshots → { items: SnapshotDto[] } (newest first); POST answers one (201). */
export interface SnapshotDto {
  id: string;
  title: string;
  asOf: string;
  takenAt: string;
  takenBy: string;
  partCount: number;
  sha256: string;
  counts: Record<string, number>;
}

/** GET /api/v1/snapshots/:id[?content=true] */
export interface SnapshotReadDto {
  snapshot: SnapshotDto;
  /** The content was read back whole: its sha256 matches the header's. */
  verified: true;
  /** The frozen records by kind, with `?content=true` only; `responses` (individual answers) only for administrators and pilotage, empty for others. */
  content?: { records: Record<EntityKind, unknown[]>; campaigns: unknown[]; responses: unknown[] };
}

/** One side of a comparison. */
export type ComparedSideDto = { kind: 'today'; asOf: string } | { kind: 'snapshot'; id: string; title: string; asOf: string; takenAt: string };

/** GET /api/v1/snapshots/compare?from=<id>&to=<id|today> */
export interface SnapshotComparisonDto {
  from: ComparedSideDto;
  to: ComparedSideDto;
  counts: Record<EntityKind, { added: number; removed: number; changed: number }>;
  added: { kind: EntityKind; id: string; label: string }[];
  removed: { kind: EntityKind; id: string; label: string }[];
  changed: { kind: EntityKind; id: string; label: string; fields: { field: string; from?: unknown; to?: unknown }[] }[];
  slipped: {
    id: string;
    title: string;
    commitmentId: string;
    reasons: ('due_date_later' | 'progress_down' | 'status_worse')[];
    from: { status: ActionStatus; progress?: number; dueDate?: string };
    to: { status: ActionStatus; progress?: number; dueDate?: string };
  }[];
  /** Roll-up progress on each side: the mandate and each axis. */
  progress: { mandate: { from?: number; to?: number }; axes: { id: string; title: string; from?: number; to?: number }[] };
  /** True when a list was cut (counts stay complete). */
  truncated: boolean;
}
