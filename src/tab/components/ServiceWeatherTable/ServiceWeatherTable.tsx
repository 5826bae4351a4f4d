import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/read-models';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    ...typographyStyles.body1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
  },
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** Services, worst météo first: each service's worst météo, its actions and how many are late. */
export function ServiceWeatherTable({ services, directory, limit }: { services: Dashboard['services']; directory: Directory; limit: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('fields.service')}</th>
          <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('dashboard.worstWeather')}</th>
          <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{t('dashboard.actionsColumn')}</th>
          <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{t('dashboard.lateColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {services.slice(0, limit).map((s) => (
          <tr key={s.key || 'none'}>
            <th scope="row" className={styles.cell}>
              {s.key ? (
                <RouterLink to={paths.roadmap} query={{ service: s.key }}>
                  {directory.serviceName(s.key) ?? s.key}
                </RouterLink>
              ) : (
                t('common.noService')
              )}
            </th>
            <td className={styles.cell}>
              <WeatherLabel weather={s.worst} />
            </td>
            <td className={`${styles.cell} ${styles.number}`}>{format.number(s.actions)}</td>
            <td className={`${styles.cell} ${styles.number}`}>{format.number(s.late)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
