import { useTranslation } from 'react-i18next';
import type { WeatherCounts } from '../../api/read-models';
import { useFormat } from '../../i18n/use-format';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';
import { WEATHER_COLORS, WEATHER_ORDER } from './weather-colors';
import { useWeatherChartStyles } from './WeatherChart.styles';

/**
 * The météo distribution for the dashboard: one bar split by météo (decorative) over a table of counts and shares.
 * The chart library stays off the first page (it would cost ~95 KB gzip); the meeting mode draws the donut.
 */
export function WeatherChart({ counts }: { counts: WeatherCounts }) {
  const styles = useWeatherChartStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const total = WEATHER_ORDER.reduce((n, w) => n + counts[w], 0);
  return (
    <div className={styles.root}>
      <div className={styles.bar} aria-hidden>
        {WEATHER_ORDER.filter((w) => counts[w] > 0).map((w) => (
          <span key={w} className={styles.segment} style={{ flexGrow: counts[w], backgroundColor: WEATHER_COLORS[w] }} />
        ))}
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('dashboard.weatherCaption', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>{t('fields.weather')}</th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>{t('dashboard.actionsColumn')}</th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>{t('dashboard.shareColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {WEATHER_ORDER.map((w) => (
            <tr key={w}>
              <th scope="row" className={styles.cell}>
                <span className={styles.swatch} style={{ backgroundColor: WEATHER_COLORS[w] }} aria-hidden />
                <WeatherLabel weather={w === 'unset' ? undefined : w} />
              </th>
              <td className={`${styles.cell} ${styles.number}`}>{format.number(counts[w])}</td>
              <td className={`${styles.cell} ${styles.number}`}>{format.percent(total ? counts[w] / total : 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
