import type { Lang } from '../../src/domain/validation/messages.js';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
// Calendar dates are formatted in UTC so that no server time zone can move them by a day.
const dateFormats = {
  fr: new Intl.DateTimeFormat(LOCALES.fr, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALES.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const numberFormats = { fr: new Intl.NumberFormat(LOCALES.fr), en: new Intl.NumberFormat(LOCALES.en) };

/** "12 mars 2026" / "12 March 2026" from an ISO date or instant. */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateFormats[lang].format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A number with the language's separators ("1 500,5" / "1,500.5"). */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

/** A value followed by its unit: "12 places". */
export function formatValue(value: number, unit: string | undefined, lang: Lang): string {
  return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang);
}

/** "Label : value" in French (space before the colon), "Label: value" in English. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'fr' ? `${label} : ${value}` : `${label}: ${value}`;
}

/** Picks the singular or plural form. */
export function plural(count: number, one: string, many: string): string {
  return Math.abs(count) >= 2 ? many : one;
}
