import type { Lang } from '../../../domain/validation/messages.js';

/** The language of the cards: English for English-speaking Teams clients, French otherwise. */
export function cardLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
