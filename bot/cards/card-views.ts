import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import type { FieldIssue } from '../../src/domain/errors.js';

/** Which questionnaire card this is: enough for every action to name its campaign, delivery and version. */
export interface QuestionnaireRef {
  campaignId: string;
  deliveryId: string;
  /** The delivery's card version when this card is built; actions carry it so stale cards can be told apart. */
  cardVersion: number;
  campaignTitle: string;
  deadline: string;
  /** Teams ids of the recipient (`29:…` or `8:orgid:…`), for automatic refresh of their own card. */
  recipientUserIds: readonly string[];
}

/** Where the recipient is in the questionnaire (step is 0-based). */
export interface StepPosition {
  step: number;
  total: number;
  /** What the step is about (an action, a service, a page of questions): an action on a card whose step now means something else is stale. */
  subject?: string | undefined;
}

/** The inputs of a submit that was refused, and why: the card shows them again with the errors. */
export interface PreviousSubmit {
  inputs: CardInputs;
  issues: readonly FieldIssue[];
}
