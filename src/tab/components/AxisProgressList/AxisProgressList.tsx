import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/read-models';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { ProgressValue } from '../ProgressValue/ProgressValue';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1.4fr) minmax(120px, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  dot: { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0 },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});

/** Progress per axis, each axis a link to the roadmap filtered on it. */
export function AxisProgressList({ axes }: { axes: Dashboard['axes'] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.list}>
      {axes.map((axis) => (
        <li key={axis.id} className={styles.item}>
          <span className={styles.name}>
            <span className={styles.dot} style={{ backgroundColor: axis.color }} aria-hidden />
            <span className={styles.titles}>
              <RouterLink to={paths.roadmap} query={{ axis: axis.id }}>
                {axis.title}
              </RouterLink>
              <span className={styles.meta}>
                {t('dashboard.axisMeta', { count: axis.actions, late: axis.late })}
              </span>
            </span>
          </span>
          <ProgressValue value={axis.progress} />
        </li>
      ))}
    </ul>
  );
}
