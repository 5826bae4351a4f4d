import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf, pickLanguage } from './languages';

/** Formatters for the UI language: dates, numbers, percentages, euros. */
export interface Format {
  locale: string;
  /** 12 mars 2027 (a YYYY-MM-DD date, read as a calendar date). */
  date: (iso: string | undefined) => string;
  /** 12/03/2027 */
  dateShort: (iso: string | undefined) => string;
  /** 12 mars 2027 à 14:05 (a timestamp, in local time). */
  dateTime: (iso: string) => string;
  number: (value: number | undefined, maxDigits?: number) => string;
  /** A ratio (0.42 → 42 %). */
  percent: (ratio: number | undefined, maxDigits?: number) => string;
  /** A progress in points (42 → 42 %). */
  progress: (points: number | undefined) => string;
  euros: (value: number | undefined) => string;
}

const DASH = '—';

/** Formatting for the current language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = pickLanguage(i18n.language);
  return useMemo(() => {
    const locale = localeOf(language);
    const dateLong = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const dateShort = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numbers = new Map<number, Intl.NumberFormat>();
    const numberFormat = (digits: number) => {
      let format = numbers.get(digits);
      if (!format) numbers.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return format;
    };
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const percent1 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    const calendar = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return {
      locale,
      date: (iso) => (iso ? dateLong.format(calendar(iso)) : DASH),
      dateShort: (iso) => (iso ? dateShort.format(calendar(iso)) : DASH),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      number: (value, maxDigits = 2) => (value === undefined ? DASH : numberFormat(maxDigits).format(value)),
      percent: (ratio, maxDigits = 0) => (ratio === undefined ? DASH : (maxDigits > 0 ? percent1 : percent).format(ratio)),
      progress: (points) => (points === undefined ? DASH : percent.format(points / 100)),
      euros: (value) => (value === undefined ? DASH : euros.format(value)),
    };
  }, [language]);
}
