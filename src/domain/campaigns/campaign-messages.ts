import type { FieldIssue } from '../errors.js';
import type { LocalizedText } from '../validation/messages.js';

/**
 * Messages of the campaign rules that zod cannot express, keyed by the `params.key` of custom issues.
 * Kept apart from RULE_MESSAGES so that the campaign model can grow without touching the shared table;
 * campaign-validate.ts looks keys up here before falling back to the shared localizer.
 */
export const CAMPAIGN_RULE_MESSAGES = {
  deadlineBeforeOpening: {
    fr: 'La date limite ne peut pas précéder la date d’ouverture.',
    en: 'The deadline cannot be before the opening date.',
  },
  reminderDuplicate: {
    fr: 'Cette relance est déjà prévue le même jour.',
    en: 'A reminder is already planned on that day.',
  },
  reminderBeforeOpening: {
    fr: 'Cette relance tomberait avant l’ouverture de la campagne.',
    en: 'This reminder would fall before the campaign opens.',
  },
  duplicateMember: {
    fr: 'Cet élément figure déjà dans la liste.',
    en: 'This item is already in the list.',
  },
  questionDuplicateId: {
    fr: 'Deux questions ne peuvent pas porter le même identifiant.',
    en: 'Two questions cannot have the same identifier.',
  },
  optionDuplicateValue: {
    fr: 'Deux options ne peuvent pas porter la même valeur.',
    en: 'Two options cannot have the same value.',
  },
  minAboveMax: {
    fr: 'Le minimum doit être inférieur ou égal au maximum.',
    en: 'The minimum must be less than or equal to the maximum.',
  },
  failureReasonRequired: {
    fr: 'Un envoi en échec doit indiquer la raison de l’échec.',
    en: 'A failed delivery must state why it failed.',
  },
  failureReasonOnlyWhenFailed: {
    fr: 'Seul un envoi en échec a une raison d’échec.',
    en: 'Only a failed delivery has a failure reason.',
  },
  sentAtRequired: {
    fr: 'Un envoi parti doit avoir sa date d’envoi.',
    en: 'A delivery that went out must have its sending time.',
  },
  answeredAtRequired: {
    fr: 'Un envoi répondu doit avoir sa date de réponse.',
    en: 'An answered delivery must have its answer time.',
  },
  amendedWithoutSubmit: {
    fr: 'Une réponse ne peut être modifiée qu’après avoir été envoyée.',
    en: 'An answer can only be amended after it was submitted.',
  },
  tooManySubjects: {
    fr: 'Trop d’éléments dans une seule réponse.',
    en: 'Too many items in a single response.',
  },
  splitNotHundred: {
    fr: 'La répartition doit faire exactement 100 %.',
    en: 'The split must add up to exactly 100 %.',
  },
  refusalNeedsReason: {
    fr: 'Un refus doit être motivé.',
    en: 'A refusal needs a reason.',
  },
  decisionNeedsDecider: {
    fr: 'Une proposition acceptée ou refusée doit indiquer qui a décidé et quand.',
    en: 'An accepted or refused proposal must say who decided and when.',
  },
  pendingHasNoDecision: {
    fr: 'Une proposition en attente n’a pas encore de décision.',
    en: 'A pending proposal has no decision yet.',
  },
  operationTargetMismatch: {
    fr: 'Une nouvelle mesure vise un indicateur ; une mise à jour vise une action.',
    en: 'A new measure targets an indicator; an update targets an action.',
  },
} as const satisfies Record<string, LocalizedText>;

/** The key of a campaign rule message. */
export type CampaignRuleKey = keyof typeof CAMPAIGN_RULE_MESSAGES;

/** Whether a custom issue key names one of the campaign rules. */
export function isCampaignRuleKey(key: unknown): key is CampaignRuleKey {
  return typeof key === 'string' && Object.hasOwn(CAMPAIGN_RULE_MESSAGES, key);
}

/** A field issue raised by a campaign rule outside a schema. */
export function campaignRuleIssue(path: string, key: CampaignRuleKey): FieldIssue {
  return { path, code: key, message: CAMPAIGN_RULE_MESSAGES[key] };
}
