import { Badge, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { History16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../HistoryTimeline/describe-value';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  fields: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});

/** "Changed at mid-term" and the fields that changed, in words; nothing when the record did not change since. */
export function MidTermBadge({ fields }: { fields: readonly string[] | undefined }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const badge = useBadgeStyles();
  if (!fields || fields.length === 0) return null;
  const names = fields.map((f) => (f === 'created' ? t('bilan.midTerm.created') : fieldLabel(t, f).toLowerCase())).join(', ');
  return (
    <span className={styles.root} data-midterm={fields.join(',')}>
      <Badge className={badge.badge} appearance="tint" shape="rounded" color="important" icon={<History16Regular />}>
        {t('bilan.midTerm.badge')}
      </Badge>
      <span className={styles.fields}>{`(${names})`}</span>
    </span>
  );
}
