import type { Indicator, Measure, Stored } from '../../../domain/entities/index.js';

/**
 * The latest measure (by date, then by creation) of each indicator that has one, in the indicators' order: what the
 * SQLite store answers with one index seek per indicator, here one pass over the replica.
 */
export function latestMeasuresOf(indicators: readonly Stored<Indicator>[], measures: readonly Stored<Measure>[]): Stored<Measure>[] {
  const latest = new Map<string, Stored<Measure>>();
  // Measures come in creation order: a later one of the same date wins, as rowid DESC does in SQLite.
  for (const m of measures) {
    const best = latest.get(m.indicatorId);
    if (!best || m.date >= best.date) latest.set(m.indicatorId, m);
  }
  return indicators.flatMap((i) => {
    const m = latest.get(i.id);
    return m ? [{ ...m }] : [];
  });
}
