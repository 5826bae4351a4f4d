export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first supported language among candidates (`fr-FR`, `en-us`…); French when none is. */
export function pickLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

/** The BCP 47 locale used for dates and numbers in a language. */
export const localeOf = (language: Language): string => (language === 'fr' ? 'fr-FR' : 'en-GB');
