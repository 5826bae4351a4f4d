import type { FrenchStrings } from './locales/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: FrenchStrings };
    returnNull: false;
  }
}
