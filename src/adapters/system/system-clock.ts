import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';

/** The real clock; "today" is read in the collectivity's time zone (Europe/Paris by default). */
export function systemClock(timeZone = 'Europe/Paris'): Clock {
  // en-CA formats dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { now: () => new Date().toISOString(), today: () => format.format(new Date()) };
}

/** Random identifiers: a readable prefix and 16 hexadecimal digits. */
export function randomIds(): IdGenerator {
  return { next: (prefix) => `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 16)}` };
}
