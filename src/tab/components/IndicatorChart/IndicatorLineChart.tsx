import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import type { Measure } from '../../api/records';
import type { TrajectoryPoint } from '../../model/trajectory';

export interface IndicatorLineChartProps {
  measures: Measure[];
  trajectory: TrajectoryPoint[];
  labels: { measures: string; trajectory: string; title: string };
  width: number;
  locale: string;
  formatDate: (date: Date) => string;
  formatNumber: (value: number) => string;
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Measures against the planned trajectory (baseline → jalons → target), with the library's own tooltips. */
export function IndicatorLineChart({ measures, trajectory, labels, width, locale, formatDate, formatNumber }: IndicatorLineChartProps) {
  // Zoom on the values: an axis from 0 would flatten a 4 % change into a straight line.
  const values = [...measures.map((m) => m.value), ...trajectory.map((p) => p.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Round the bounds to a step of the data's magnitude, so that the ticks read 3 200, 3 600… not 3 254,4.
  const span = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(span));
  const bottom = Math.floor((low - span * 0.05) / step) * step;
  const top = Math.ceil((high + span * 0.05) / step) * step;
  const lines: LineChartPoints[] = [
    {
      legend: labels.trajectory,
      color: '#8A8886',
      lineOptions: { strokeDasharray: '6 4' },
      data: trajectory.map((p) => ({ x: day(p.date), y: p.value })),
    },
  ];
  if (measures.length > 0)
    lines.push({ legend: labels.measures, color: '#5B5FC7', data: measures.map((m) => ({ x: day(m.date), y: m.value })) });
  return (
    <LineChart
      data={{ chartTitle: labels.title, lineChartData: lines }}
      width={width}
      height={320}
      culture={locale}
      useUTC
      customDateTimeFormatter={formatDate}
      yMinValue={bottom}
      yMaxValue={top}
      margins={{ left: 64 }}
      yAxisTickFormat={(value: number) => formatNumber(value)}
    />
  );
}
