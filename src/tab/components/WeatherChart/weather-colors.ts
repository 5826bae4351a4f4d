import type { Weather } from '../../api/enums';

/** Chart colours of the météo (the chart library takes colour values, not CSS variables). */
export const WEATHER_COLORS: Record<Weather | 'unset', string> = {
  sunny: '#E8A317',
  cloudy: '#4F9BD9',
  overcast: '#7A7574',
  stormy: '#C50F1F',
  unset: '#C8C6C4',
};

export const WEATHER_ORDER = ['sunny', 'cloudy', 'overcast', 'stormy', 'unset'] as const;
