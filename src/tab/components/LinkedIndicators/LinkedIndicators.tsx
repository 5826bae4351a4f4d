import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../api/read-models';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { useActionBriefListStyles } from '../ActionBriefList/ActionBriefList.styles';
import { IndicatorStateBadge } from '../AchievementValue/AchievementValue';
import { EmptyState } from '../EmptyState/EmptyState';

/** The indicators attached to a record: state, latest value, target. */
export function LinkedIndicators({ indicators }: { indicators: IndicatorView[] }) {
  const styles = useActionBriefListStyles();
  const { t } = useTranslation();
  const format = useFormat();
  if (indicators.length === 0) return <EmptyState>{t('action.noIndicators')}</EmptyState>;
  return (
    <ul className={styles.list}>
      {indicators.map((i) => (
        <li key={i.id} className={styles.item}>
          <div className={styles.top}>
            <RouterLink to={paths.indicator(i.id)} className={styles.title}>
              {i.name}
            </RouterLink>
            <IndicatorStateBadge state={i.assessment.state} />
          </div>
          <div className={styles.meta}>
            <span>
              {i.assessment.latest
                ? t('indicators.latest', { value: `${format.number(i.assessment.latest.value)} ${i.unit}`, date: format.date(i.assessment.latest.date) })
                : t('indicators.noMeasure')}
            </span>
            <span>{t('indicators.targetShort', { value: `${format.number(i.targetValue)} ${i.unit}`, date: format.date(i.targetDate) })}</span>
            {i.assessment.achievement !== undefined && <span>{t('indicators.achievementShort', { value: format.percent(i.assessment.achievement) })}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
