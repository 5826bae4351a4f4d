import { TRENDS, WEATHERS, type Action, type Trend, type Weather } from '../entities/index.js';
import { groupBy } from './group-by.js';

export type WeatherCounts = Record<Weather | 'unset', number>;
export type TrendCounts = Record<Trend | 'unset', number>;

type Countable = Pick<Action, 'status'>;

// Cancelled actions are no longer followed up: their last météo would distort the picture.
const isFollowed = (a: Countable): boolean => a.status !== 'cancelled';

function zeroes<K extends string>(keys: readonly K[]): Record<K | 'unset', number> {
  const counts = { unset: 0 } as Record<K | 'unset', number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

/** Counts actions by météo (cancelled actions excluded). */
export function countWeather(actions: readonly Pick<Action, 'weather' | 'status'>[]): WeatherCounts {
  const counts = zeroes(WEATHERS);
  for (const a of actions) if (isFollowed(a)) counts[a.weather ?? 'unset'] += 1;
  return counts;
}

/** Counts actions by trend (cancelled actions excluded). */
export function countTrend(actions: readonly Pick<Action, 'trend' | 'status'>[]): TrendCounts {
  const counts = zeroes(TRENDS);
  for (const a of actions) if (isFollowed(a)) counts[a.trend ?? 'unset'] += 1;
  return counts;
}

export interface WeatherAggregate {
  key: string;
  actions: number;
  weather: WeatherCounts;
  trend: TrendCounts;
  worst?: Weather;
}

/** The worst météo with at least one action (WEATHERS runs from best to worst). */
function worstOf(counts: WeatherCounts): Weather | undefined {
  return [...WEATHERS].reverse().find((w) => counts[w] > 0);
}

/** Groups actions by a key (axis id, service id…) and aggregates météo and trend per group; actions whose key is undefined go to the group '' . */
export function aggregateWeatherBy<A extends Pick<Action, 'weather' | 'trend' | 'status'>>(
  actions: readonly A[],
  keyOf: (a: A) => string | undefined,
): WeatherAggregate[] {
  // Groups come out in order of first appearance; a group of only cancelled actions does not appear.
  const groups = groupBy(actions.filter(isFollowed), (a) => keyOf(a) ?? '');
  return [...groups].map(([key, members]) => {
    const weather = countWeather(members);
    return { key, actions: members.length, weather, trend: countTrend(members), worst: worstOf(weather) };
  });
}
