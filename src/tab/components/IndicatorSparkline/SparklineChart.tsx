import { Sparkline } from '@fluentui/react-charts';
import type { Measure } from '../../api/records';

/** The chart itself (loaded on demand with the chart library). */
export function SparklineChart({ measures, label }: { measures: Measure[]; label: string }) {
  return (
    <Sparkline
      width={120}
      height={28}
      data={{
        chartTitle: label,
        lineChartData: [{ legend: label, color: '#5B5FC7', data: measures.map((m) => ({ x: new Date(`${m.date}T00:00:00Z`), y: m.value })) }],
      }}
    />
  );
}
