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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date `n` months after `date`; a month-end date stays a month-end date (2024-02-29 → 2024-03-31). */
export function addMonths(date: string, n: number): string {
  const [year = NaN, month = NaN, day = NaN] = date.slice(0, 10).split('-').map(Number);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysInMonth(y, m);
  const d = day === daysInMonth(year, month) ? last : Math.min(day, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
