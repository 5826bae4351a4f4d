import type { ActionReviewAnswer } from '../../src/domain/campaigns/answers/action-review.answer.js';
import type { Action, Commitment, Indicator, Measure } from '../../src/domain/entities/index.js';
import type { PreviousSubmit, QuestionnaireRef, StepPosition } from './card-views.js';

/** One indicator of the reviewed action, with its last measure. */
export interface ReviewIndicatorView {
  indicator: Indicator;
  last?: Pick<Measure, 'value' | 'date'> | undefined;
}

/** What one step of an action review shows: one action, its context, and what to prefill. */
export interface ActionReviewStepView {
  ref: QuestionnaireRef;
  position: StepPosition;
  action: Action;
  commitment: Pick<Commitment, 'reference' | 'title'>;
  serviceName?: string | undefined;
  lastComment?: { text: string; date: string } | undefined;
  indicators: readonly ReviewIndicatorView[];
  /** This step's answer saved earlier (back, amend): it wins over the record's current values. */
  draft?: ActionReviewAnswer | undefined;
  /** A refused submit of this step: its typed values and errors win over everything. */
  previous?: PreviousSubmit | undefined;
  today: string;
}
