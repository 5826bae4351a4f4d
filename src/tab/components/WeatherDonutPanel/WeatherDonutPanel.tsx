import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeatherCounts } from '../../api/read-models';
import { useFormat } from '../../i18n/use-format';
import { WEATHER_COLORS, WEATHER_ORDER } from '../WeatherChart/weather-colors';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';

// The chart library comes with the meeting mode only, never on the first page.
const WeatherDonut = lazy(() => import('../WeatherChart/WeatherDonut').then((m) => ({ default: m.WeatherDonut })));

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'clamp(12px, 2vw, 32px)' },
  chart: { width: '220px', height: '220px', flexShrink: 0 },
  legend: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, fontSize: 'clamp(16px, 1.4vw, 24px)' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: { width: '14px', height: '14px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  count: { fontWeight: tokens.fontWeightSemibold, marginInlineStart: 'auto', paddingInlineStart: tokens.spacingHorizontalL },
});

/** The météo of the followed actions as a donut, with its legend as the text alternative (counts per météo). */
export function WeatherDonutPanel({ counts, label }: { counts: WeatherCounts; label: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const total = WEATHER_ORDER.reduce((n, w) => n + counts[w], 0);
  return (
    <div className={styles.root}>
      {/* Decorative: the list beside it says the same; inert keeps the chart's focusable parts out of the way. */}
      <div className={styles.chart} inert>
        <Suspense fallback={null}>
          <WeatherDonut counts={counts} total={format.number(total)} />
        </Suspense>
      </div>
      <ul className={styles.legend} aria-label={label}>
        {WEATHER_ORDER.map((w) => (
          <li key={w} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: WEATHER_COLORS[w] }} aria-hidden />
            <WeatherLabel weather={w === 'unset' ? undefined : w} />
            <span className={styles.count}>{t('meeting.weatherCount', { count: counts[w] })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
