import type { TFunction } from 'i18next';

/** A reminder as a chip: J-3, J, J+1 (D-3, D, D+1 in English). */
export function reminderLabel(t: TFunction, offset: number): string {
  if (offset === 0) return t('campaign.reminder.onDay');
  return offset < 0 ? t('campaign.reminder.before', { days: -offset }) : t('campaign.reminder.after', { days: offset });
}

/** A reminder in words: "3 jours avant la date limite". */
export function reminderWords(t: TFunction, offset: number): string {
  if (offset === 0) return t('campaign.reminder.onDayLong');
  return offset < 0 ? t('campaign.reminder.beforeLong', { count: -offset }) : t('campaign.reminder.afterLong', { count: offset });
}
