import type { PreviousSubmit, QuestionnaireRef, StepPosition } from '../../../../../bot/cards/card-views.js';
import type { CardInputs } from '../../../../domain/campaigns/answers/answer-result.js';
import type { Campaign } from '../../../../domain/campaigns/campaign.schema.js';
import type { CampaignResponse } from '../../../../domain/campaigns/response.schema.js';
import type { Lang } from '../../../../domain/validation/messages.js';
import type { RoadmapStore } from '../../../../ports/store.port.js';

/** What a step's card is built from, besides the step itself. */
export interface StepRender {
  store: RoadmapStore;
  ref: QuestionnaireRef;
  position: StepPosition;
  today: string;
  lang: Lang;
  personId: string;
  campaign: Campaign;
  /** The saved answers: they prefill the step. */
  response: CampaignResponse | undefined;
  /** A refused save of this step: typed values and errors. */
  previous?: PreviousSubmit | undefined;
}

/** What a step's inputs are read against. */
export interface StepParse {
  store: RoadmapStore;
  inputs: CardInputs;
  today: string;
}

/** Sorts codes the way people read them: "1.2" before "1.10", accents ignored. */
export const READING_ORDER = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Keeps the values that are there. */
export const present = <T>(value: T | undefined): value is T => value !== undefined;
