import type { CommitmentStatus, Direction, Feedback, Role } from '../../domain/entities/index.js';

/** How an action is going, beyond what its dates say; the builder turns it into status, progress and météo. */
export type ActionFate = 'late' | 'blocked' | 'stormy' | 'cancelled' | 'done' | 'ahead';

/** Where an indicator's measures head: the builder draws values along this path. */
export type Trajectory = 'on_track' | 'behind' | 'reached' | 'away';

export interface ServiceSpec {
  slug: string;
  name: string;
  code: string;
  parent?: string;
}

export interface PersonSpec {
  firstName: string;
  lastName: string;
  jobTitle: string;
  role: Role;
  /** Service slugs the person belongs to; the first one is the service the person heads, if `heads` is set. */
  services?: string[];
  heads?: string;
}

export interface AxisSpec {
  title: string;
  description: string;
  color: string;
}

export interface CommitmentSpec {
  /** Programme reference, e.g. "1.3"; the axis is its first number. */
  reference: string;
  title: string;
  description: string;
  /** Person slug of the lead elected official. */
  lead: string;
  status: CommitmentStatus;
  gapJustification?: string;
}

export interface ActionSpec {
  /** Programme reference of the commitment, e.g. "1.3". */
  commitment: string;
  service: string;
  title: string;
  description?: string;
  start: string;
  due: string;
  revisedDue?: string;
  fate?: ActionFate;
  budget?: number;
  etp?: number;
  priority?: 'high' | 'medium' | 'low';
  blockers?: string;
  nextSteps?: string;
  /** Local name that indicators use to point at this action. */
  key?: string;
}

export interface IndicatorSpec {
  name: string;
  description?: string;
  unit: string;
  direction: Direction;
  baseline: readonly [value: number, date: string];
  target: readonly [value: number, date: string];
  milestones?: readonly (readonly [date: string, value: number])[];
  frequency: 'monthly' | 'quarterly';
  source: string;
  service: string;
  /** Key of the action the indicator belongs to, or the commitment reference: exactly one of the two. */
  action?: string;
  commitment?: string;
  trajectory: Trajectory;
  decimals?: number;
  /** Half-width of the random noise on each value; defaults to a share of the distance to the target. */
  noise?: number;
  /** A running count never goes back. */
  cumulative?: boolean;
  max?: number;
  /** Comments on the measure of a month ('YYYY-MM'). */
  notes?: Readonly<Record<string, string>>;
}

export interface FeedbackSpec {
  kind: Feedback['kind'];
  title: string;
  date: string;
  participants: number;
  themes: string[];
  /** Programme references of the commitments the feedback speaks to. */
  commitments: string[];
  summary: string;
}
