/** The few sentences the transport itself says, when the application could not answer. */
const TEXTS = {
  internalError: {
    fr: 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
    en: 'Something went wrong on our side. Please try again in a moment.',
  },
} as const;

/** A transport sentence in the person's language: English for `en-*` locales, French otherwise. */
export function transportText(key: keyof typeof TEXTS, locale: string | undefined): string {
  return locale?.toLowerCase().startsWith('en') ? TEXTS[key].en : TEXTS[key].fr;
}
