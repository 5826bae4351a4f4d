import type { Random } from '../src/app/seed/random.js';

const MS_PER_DAY = 86_400_000;

/** The ISO date n days after `date` (UTC, so no time zone shifts a day). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from a to b (ISO dates). */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** A date drawn uniformly between `from` and `to`, both included. */
export function dateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, daysFrom(from, to)));
}

/** One value picked according to its weight (weights need not sum to 1). */
export function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of entries) {
    roll -= w;
    if (roll < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new RangeError('weighted() needs a non-empty list');
  return last[0];
}

/** A float in [min, max). */
export const between = (random: Random, min: number, max: number): number => min + random.next() * (max - min);

/** Rounds to a number of decimals. */
export const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A zero-padded sequence number for readable ids: pad(7, 3) → '007'. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A well-formed version-4 UUID drawn from the seeded generator (stable across runs, unlike crypto). */
export function seededUuid(random: Random): string {
  const hex = (n: number): string => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

/** ASCII slug for e-mail addresses: "Anne-Sophie Lefèvre" → "anne-sophie.lefevre". */
export function mailSlug(firstName: string, lastName: string): string {
  const ascii = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-');
  return `${ascii(firstName)}.${ascii(lastName)}`;
}
