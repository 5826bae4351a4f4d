const MS_PER_DAY = 86_400_000;

// Calendar dates are read as UTC midnight so that no time zone or DST shift can move a day.
function utcMidnight(date: string): number {
  const [year = NaN, month = NaN, day = NaN] = date.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / MS_PER_DAY);
}

/** The ISO date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return new Date(utcMidnight(date) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar date (YYYY-MM-DD) of an ISO instant, as written in the instant. */
export function toIsoDate(instant: string): string {
  return instant.slice(0, 10);
}
