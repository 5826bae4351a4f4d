import { TIME_USES, type TimeUse, type WorkingTimeAnswer } from '../campaigns/answers/working-time.answer.js';
import type { AnsweredResponse } from './bilan-views.js';

/** Hours per use of the freed time. */
export type HoursByUse = Record<TimeUse, number>;

/** One service's answer to the 1,607 h question. */
export interface ServiceWorkingTime {
  serviceId: string;
  hoursFreed: number;
  /** Percent per use, as answered (sums to 100). */
  split: HoursByUse;
  /** Hours per use: hoursFreed × percent, one decimal. */
  hours: HoursByUse;
}

/** The 1,607 h figures over every service that answered. */
export interface WorkingTimeTotal {
  services: number;
  hoursFreed: number;
  hours: HoursByUse;
  /** Percent of all freed hours per use (one decimal); zeroes when no hour was freed. */
  split: HoursByUse;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const perUse = (value: (use: TimeUse) => number): HoursByUse =>
  Object.fromEntries(TIME_USES.map((use) => [use, value(use)])) as HoursByUse;

/** Per service, the latest submitted answer (a service answered twice counts once). */
export function workingTimeByService(responses: readonly AnsweredResponse[]): ServiceWorkingTime[] {
  const latest = new Map<string, { at: string; answer: WorkingTimeAnswer }>();
  for (const response of responses) {
    if (response.submittedAt === undefined || response.answers.kind !== 'working_time_1607') continue;
    const at = response.amendedAt ?? response.submittedAt;
    for (const [serviceId, answer] of Object.entries(response.answers.bySubject)) {
      const known = latest.get(serviceId);
      if (!known || known.at <= at) latest.set(serviceId, { at, answer });
    }
  }
  return [...latest].map(([serviceId, { answer }]) => ({
    serviceId,
    hoursFreed: answer.hoursFreed,
    split: perUse((use) => answer.split[use]),
    hours: perUse((use) => round1((answer.hoursFreed * answer.split[use]) / 100)),
  }));
}

/** Adds the services up: hours freed, hours per use and the overall split. */
export function workingTimeTotal(services: readonly ServiceWorkingTime[]): WorkingTimeTotal {
  const hoursFreed = services.reduce((sum, s) => sum + s.hoursFreed, 0);
  // Summed from the exact products, not the rounded ones, so the total does not carry rounding drift.
  const exact = perUse((use) => services.reduce((sum, s) => sum + (s.hoursFreed * s.split[use]) / 100, 0));
  return {
    services: services.length,
    hoursFreed: round1(hoursFreed),
    hours: perUse((use) => round1(exact[use])),
    split: perUse((use) => (hoursFreed > 0 ? round1((exact[use] / hoursFreed) * 100) : 0)),
  };
}
