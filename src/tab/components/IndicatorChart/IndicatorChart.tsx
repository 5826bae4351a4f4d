import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../api/read-models';
import type { Measure } from '../../api/records';
import { useElementWidth } from '../../hooks/use-element-width';
import { useFormat } from '../../i18n/use-format';
import { trajectoryPoints } from '../../model/trajectory';
import { LoadingState } from '../LoadingState/LoadingState';

const IndicatorLineChart = lazy(() => import('./IndicatorLineChart').then((m) => ({ default: m.IndicatorLineChart })));

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '340px' },
  caption: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1 },
});

/** The chart of an indicator with, as its caption, a sentence that says what it shows. */
export function IndicatorChart({ indicator, measures }: { indicator: IndicatorView; measures: Measure[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width } = useElementWidth<HTMLElement>(720);
  const u = (v: number | undefined) => `${format.number(v)} ${indicator.unit}`;
  const latest = indicator.assessment.latest;
  const summary = [
    t('indicator.summaryBaseline', { value: u(indicator.baselineValue), date: format.date(indicator.baselineDate) }),
    latest ? t('indicator.summaryLatest', { value: u(latest.value), date: format.date(latest.date) }) : t('indicator.summaryNoMeasure'),
    t('indicator.summaryTarget', { value: u(indicator.targetValue), date: format.date(indicator.targetDate) }),
    indicator.assessment.expected !== undefined ? t('indicator.summaryExpected', { value: u(indicator.assessment.expected) }) : '',
    t(`indicatorState.${indicator.assessment.state}`),
  ].filter(Boolean).join(' · ');
  return (
    <figure ref={ref} className={styles.figure}>
      <Suspense fallback={<LoadingState label={t('common.loading')} />}>
        <IndicatorLineChart
          measures={measures}
          trajectory={trajectoryPoints(indicator)}
          labels={{ measures: t('indicator.measuresSeries'), trajectory: t('indicator.trajectorySeries'), title: indicator.name }}
          width={width}
          locale={format.locale}
          formatDate={(d) => format.dateShort(d.toISOString())}
          formatNumber={(v) => format.number(v, Math.abs(v) >= 100 ? 0 : 2)}
        />
      </Suspense>
      <figcaption className={styles.caption}>{summary}</figcaption>
    </figure>
  );
}
