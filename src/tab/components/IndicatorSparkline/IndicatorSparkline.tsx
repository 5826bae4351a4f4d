import { Suspense, lazy } from 'react';
import { useMeasures } from '../../data/hooks/use-record';

const SparklineChart = lazy(() => import('./SparklineChart').then((m) => ({ default: m.SparklineChart })));

/** The recent course of an indicator, as a small line; decorative (the value and achievement sit beside it as text). */
export function IndicatorSparkline({ indicatorId, label }: { indicatorId: string; label: string }) {
  const measures = useMeasures(indicatorId).data;
  if (!measures || measures.length < 2) return null;
  return (
    <span inert>
      <Suspense fallback={null}>
        <SparklineChart measures={measures.slice(-24)} label={label} />
      </Suspense>
    </span>
  );
}
