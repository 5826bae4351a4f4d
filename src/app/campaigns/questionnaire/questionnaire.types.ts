import type { Campaign } from '../../../domain/campaigns/campaign.schema.js';
import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';
import type { Question } from '../../../domain/campaigns/question.schema.js';
import type { CampaignResponse } from '../../../domain/campaigns/response.schema.js';
import type { Action, Commitment, Person, Service, Stored } from '../../../domain/entities/index.js';
import type { Lang } from '../../../domain/validation/messages.js';
import type { Clock, IdGenerator } from '../../../ports/clock.port.js';
import type { RoadmapStore } from '../../../ports/store.port.js';

/** What the lead's proposal service receives once a questionnaire is submitted (first time or amended). */
export interface SubmittedEvent {
  campaign: Stored<Campaign>;
  response: Stored<CampaignResponse>;
  person: Stored<Person>;
  /** False when an already submitted questionnaire was amended. */
  firstSubmit: boolean;
}

/**
 * Whether a recipient who has not submitted yet may still answer after the deadline while the campaign is open:
 * `refused` (the default) keeps the deadline for everybody; `accepted` lets late recipients answer until the pilotage
 * team closes the campaign (what the D+1 reminder invites them to do). Amending a submitted questionnaire always stops
 * after the deadline day.
 */
export type LateAnswers = 'refused' | 'accepted';

/** What the questionnaire service needs. */
export interface QuestionnaireDeps {
  store: RoadmapStore;
  clock: Clock;
  /** Kept for symmetry with the other services; response ids derive from delivery ids, so none is drawn here. */
  ids: IdGenerator;
  /** Called once per submit, after the response and the delivery were saved; awaited. */
  submitted: (event: SubmittedEvent) => Promise<void>;
  /** When given, a failure of `submitted` is handed over here and the person still sees their answered card. */
  onSubmittedError?: (error: unknown, event: SubmittedEvent) => void;
  lateAnswers?: LateAnswers;
  /** Deep link to the Cap Mandat tab, offered on the `mes actions` card (https only). */
  tabUrl?: string;
}

/** One step of a questionnaire: the subjects the recipient answers on one card. */
export type Step =
  | { kind: 'action_review'; action: Stored<Action> }
  | { kind: 'elected_self_assessment'; commitments: Stored<Commitment>[] }
  | { kind: 'working_time_1607'; service: Stored<Service> }
  | { kind: 'custom'; questions: Question[]; firstIndex: number };

/** What a step is about, as its card's buttons name it. */
export function subjectOf(step: Step): string {
  switch (step.kind) {
    case 'action_review':
      return step.action.id;
    case 'elected_self_assessment':
      return step.commitments.map((c) => c.id).join(',').slice(0, 200);
    case 'working_time_1607':
      return step.service.id;
    case 'custom':
      return `q${step.firstIndex}`;
  }
}

/** Everything one card action or one card render works on, read once. */
export interface QuestionnaireContext {
  store: RoadmapStore;
  lang: Lang;
  today: string;
  now: string;
  delivery: Stored<Delivery>;
  campaign: Stored<Campaign>;
  person: Stored<Person>;
  response: Stored<CampaignResponse> | undefined;
  steps: Step[];
  lateAnswers: LateAnswers;
}
