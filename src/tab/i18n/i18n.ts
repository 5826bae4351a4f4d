import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './locales/fr';
import type { Language } from './languages';

// French is bundled (the default); English is fetched the first time someone picks it.
async function resourcesOf(language: Language): Promise<typeof fr> {
  return language === 'en' ? (await import('./locales/en')).en : fr;
}

/** Switches the language of the UI and of the document, loading its strings when needed. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await resourcesOf(language));
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Starts i18next in French (the fallback of every key), then switches to `language` if it is another one. */
export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'fr',
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    resources: { fr: { translation: fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await changeLanguage(language);
}
