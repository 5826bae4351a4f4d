import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../api/records';
import { ProgressValue } from '../../components/ProgressValue/ProgressValue';
import { useFormat } from '../../i18n/use-format';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  value: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
  full: { gridColumn: '1 / -1' },
});

/** The action at a glance: progress, due date and lateness, budget. */
export function ActionSummary({ action, daysLate }: { action: Action; daysLate: number }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const due = action.revisedDueDate ?? action.dueDate;
  return (
    <dl className={styles.list}>
      <div className={styles.full}>
        <dt className={styles.term}>{t('fields.progress')}</dt>
        <dd className={styles.value}>
          <ProgressValue value={action.progress} large />
        </dd>
      </div>
      <div>
        <dt className={styles.term}>{t('action.due')}</dt>
        <dd className={styles.value}>{format.date(due)}</dd>
      </div>
      <div>
        <dt className={styles.term}>{t('action.lateness')}</dt>
        <dd className={daysLate > 0 ? `${styles.value} ${styles.late}` : styles.value}>
          {daysLate > 0 ? t('late.badge', { count: daysLate }) : t('action.onTime')}
        </dd>
      </div>
      <div>
        <dt className={styles.term}>{t('fields.budgetSpent')}</dt>
        <dd className={styles.value}>{format.euros(action.budgetSpent)}</dd>
      </div>
      <div>
        <dt className={styles.term}>{t('fields.budgetPlanned')}</dt>
        <dd className={styles.value}>{format.euros(action.budgetPlanned)}</dd>
      </div>
    </dl>
  );
}
