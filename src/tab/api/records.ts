import type {
  ActionStatus,
  CommitmentStatus,
  Direction,
  Frequency,
  Half,
  MeasureSource,
  Priority,
  Role,
  Trend,
  Weather,
} from './enums';
import type { InternalField } from '../../domain/entities/internal-fields';
import type { FeedbackKindCode } from '../../app/bilan/bilan-api.types';

/** Metadata every stored record carries; `version` is what the ETag and If-Match carry. */
export interface RecordMeta {
  version: string;
  createdAt: string;
  updatedAt: string;
}

export interface Mandate extends RecordMeta {
  id: 'mandate';
  collectivityName: string;
  collectivityKind: string;
  population?: number;
  startDate: string;
  endDate: string;
  midTermDate: string;
  /** Fields readers do not see; absent: the defaults (DEFAULT_INTERNAL_FIELDS). */
  internalFields?: InternalField[];
}

export interface Axis extends RecordMeta {
  id: string;
  title: string;
  description?: string;
  order: number;
  color: string;
  weight?: number;
}

export interface Commitment extends RecordMeta {
  id: string;
  axisId: string;
  reference: string;
  title: string;
  description?: string;
  leadPersonId?: string;
  status: CommitmentStatus;
  gapJustification?: string;
  weight?: number;
}

export interface Action extends RecordMeta {
  id: string;
  commitmentId: string;
  title: string;
  description?: string;
  serviceId?: string;
  ownerPersonId?: string;
  status: ActionStatus;
  startDate?: string;
  dueDate?: string;
  revisedDueDate?: string;
  progress?: number;
  weather?: Weather;
  trend?: Trend;
  budgetPlanned?: number;
  budgetSpent?: number;
  staffing?: number;
  blockers?: string;
  nextSteps?: string;
  priority?: Priority;
  half: Half;
  weight?: number;
}

export interface Milestone {
  date: string;
  value: number;
}

export interface Indicator extends RecordMeta {
  id: string;
  actionId?: string;
  commitmentId?: string;
  name: string;
  description?: string;
  unit: string;
  direction: Direction;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  milestones: Milestone[];
  frequency: Frequency;
  source?: string;
  serviceId?: string;
}

export interface Measure extends RecordMeta {
  id: string;
  indicatorId: string;
  date: string;
  value: number;
  source: MeasureSource;
  comment?: string;
}

export interface Service extends RecordMeta {
  id: string;
  name: string;
  code?: string;
  parentId?: string;
  headPersonId?: string;
}

export interface Person extends RecordMeta {
  id: string;
  entraObjectId?: string;
  displayName: string;
  email?: string;
  jobTitle?: string;
  role: Role;
  serviceIds: string[];
}

/** Feedback (retour): a workshop, a consultation or a meeting, linked to commitments; `summary` and `participants` may be hidden from readers. */
export interface Feedback extends RecordMeta {
  id: string;
  kind: FeedbackKindCode;
  title: string;
  date: string;
  summary?: string;
  participants?: number;
  themes: string[];
  commitmentIds: string[];
}

/** The editable part of a record: everything but its id and metadata. */
export type Editable<T> = Omit<T, 'id' | keyof RecordMeta>;

/** A page of a collection. */
export interface ListResponse<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
