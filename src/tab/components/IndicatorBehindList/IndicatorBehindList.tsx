import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/read-models';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { useActionBriefListStyles } from '../ActionBriefList/ActionBriefList.styles';
import { EmptyState } from '../EmptyState/EmptyState';

/** Indicators behind their trajectory: latest value against the expected one, and achievement. */
export function IndicatorBehindList({ items }: { items: Dashboard['indicatorsBehind'] }) {
  const styles = useActionBriefListStyles();
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyState>{t('dashboard.indicatorsEmpty')}</EmptyState>;
  return (
    <ul className={styles.list}>
      {items.map((i) => (
        <li key={i.id} className={styles.item}>
          <RouterLink to={paths.indicator(i.id)} className={styles.title}>
            {i.name}
          </RouterLink>
          <div className={styles.meta}>
            <span>
              {t('indicators.latestVsExpected', {
                latest: `${format.number(i.assessment.latest?.value)} ${i.unit}`,
                expected: `${format.number(i.assessment.expected, 1)} ${i.unit}`,
              })}
            </span>
            <span>{t('indicators.achievementShort', { value: format.percent(i.assessment.achievement) })}</span>
            <span>{t('indicators.targetShort', { value: `${format.number(i.targetValue)} ${i.unit}`, date: format.date(i.targetDate) })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
