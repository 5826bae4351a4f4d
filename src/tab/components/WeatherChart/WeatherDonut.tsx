import { DonutChart, type ChartProps } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import type { WeatherCounts } from '../../api/read-models';
import { WEATHER_COLORS, WEATHER_ORDER } from './weather-colors';

export interface WeatherDonutProps {
  counts: WeatherCounts;
  /** The figure in the middle (the number of followed actions). */
  total: string;
}

/** Donut of the météo distribution (the legend and the table next to it carry the same figures as text). */
export function WeatherDonut({ counts, total }: WeatherDonutProps) {
  const { t } = useTranslation();
  const data: ChartProps = {
    chartTitle: t('dashboard.weatherTitle'),
    chartData: WEATHER_ORDER.filter((w) => counts[w] > 0).map((w) => ({
      legend: t(`weather.${w}`),
      data: counts[w],
      color: WEATHER_COLORS[w],
    })),
  };
  return <DonutChart data={data} innerRadius={52} width={220} height={220} valueInsideDonut={total} hideLegend />;
}
