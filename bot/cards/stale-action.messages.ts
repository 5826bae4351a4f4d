import type { Lang } from '../../src/domain/validation/messages.js';

/** Why a card action changes nothing. */
export const STALE_REASONS = ['stale_card', 'campaign_closed', 'deadline_passed', 'not_recipient', 'not_found'] as const;
/** A reason why a card action changes nothing. */
export type StaleReason = (typeof STALE_REASONS)[number];

const MESSAGES: Record<StaleReason, Record<Lang, string>> = {
  stale_card: {
    fr: 'Cette carte n’est plus à jour : rien n’a été enregistré. Utilisez la version la plus récente du questionnaire.',
    en: 'This card is out of date: nothing was saved. Please use the latest version of the questionnaire.',
  },
  campaign_closed: {
    fr: 'Cette campagne est close : rien n’a été enregistré.',
    en: 'This campaign is closed: nothing was saved.',
  },
  deadline_passed: {
    fr: 'La date limite est passée : les réponses ne peuvent plus être modifiées.',
    en: 'The deadline has passed: the answers can no longer be amended.',
  },
  not_recipient: {
    fr: 'Ce questionnaire est adressé à quelqu’un d’autre : rien n’a été enregistré.',
    en: 'This questionnaire is addressed to someone else: nothing was saved.',
  },
  not_found: {
    fr: 'Ce questionnaire n’existe plus : rien n’a été enregistré.',
    en: 'This questionnaire no longer exists: nothing was saved.',
  },
};

/** The short message answered to a replayed, stale or foreign card action (shown by Teams, card unchanged). */
export function staleActionMessage(reason: StaleReason, lang: Lang): string {
  return MESSAGES[reason][lang];
}
