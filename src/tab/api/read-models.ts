import type { HistoryEntry } from '../../domain/entities/history';
import type { IndicatorState, Role, Weather } from './enums';
import type { Action, Axis, Commitment, Indicator, Mandate } from './records';

export type WeatherCounts = Record<Weather | 'unset', number>;

export interface IndicatorAssessment {
  latest?: { date: string; value: number };
  achievement?: number;
  expected?: number;
  state: IndicatorState;
}

export type IndicatorView = Indicator & { assessment: IndicatorAssessment };
export type ActionView = Action & { late: boolean; daysLate: number; effectiveDueDate?: string };

export interface ActionCounts {
  total: number;
  done: number;
  late: number;
  blocked: number;
  weather: WeatherCounts;
}

export type RoadmapAction = ActionView & { indicators: IndicatorView[] };
export type CommitmentNode = Commitment & {
  progress?: number;
  counts: ActionCounts;
  indicators: IndicatorView[];
  actions: RoadmapAction[];
};
export type AxisNode = Axis & { progress?: number; counts: ActionCounts; commitments: CommitmentNode[] };

/** GET /api/v1/roadmap */
export interface Roadmap {
  asOf: string;
  mandate?: Mandate;
  progress?: number;
  filtered: boolean;
  counts: ActionCounts;
  axes: AxisNode[];
}

export interface ActionBrief {
  id: string;
  title: string;
  commitmentId: string;
  axisId?: string;
  serviceId?: string;
  ownerPersonId?: string;
  status: string;
  weather?: Weather;
  progress?: number;
  effectiveDueDate?: string;
  daysLate: number;
  blockers?: string;
}

/** One change to a record (who, when, from where, old → new per field), as the server's domain defines it. */
export type { FieldChange, HistoryEntry } from '../../domain/entities/history';

/** GET /api/v1/dashboard */
export interface Dashboard {
  asOf: string;
  mandate?: Mandate;
  progress?: number;
  axes: { id: string; title: string; color: string; progress?: number; actions: number; late: number; weather: WeatherCounts }[];
  actions: { total: number; active: number; done: number; late: number; blocked: number; stormy: number; cancelled: number };
  weather: WeatherCounts;
  trend: Record<'up' | 'flat' | 'down' | 'unset', number>;
  services: { key: string; actions: number; weather: WeatherCounts; worst?: Weather; late: number }[];
  late: ActionBrief[];
  blocked: ActionBrief[];
  indicators: { total: number; reached: number; onTrack: number; behind: number; noData: number };
  indicatorsBehind: (Pick<IndicatorView, 'id' | 'name' | 'unit' | 'targetValue' | 'targetDate' | 'assessment'>)[];
  recentChanges: HistoryEntry[];
}

/** GET /api/v1/me */
export interface Me {
  personId: string;
  displayName: string;
  role: Role;
  serviceIds: string[];
  /** 'dev' (demo identities) or 'entra'. */
  authMode: string;
}

/** GET /api/v1/dev/identities (development mode only) */
export interface DevIdentity {
  id: string;
  displayName: string;
  role: Role;
  jobTitle?: string;
  serviceIds: string[];
}
