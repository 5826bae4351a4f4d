import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: 3,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusLarge,
  },
  status: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, marginRight: 'auto' },
});

export interface SaveBarProps {
  dirtyCount: number;
  saving: boolean;
  saved: boolean;
  disabled?: boolean;
  onSave: () => void;
  onReset: () => void;
}

/** Save and cancel, with what is pending ("3 unsaved changes") announced politely. */
export function SaveBar({ dirtyCount, saving, saved, disabled, onSave, onReset }: SaveBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const status = saving ? t('common.saving') : dirtyCount > 0 ? t('form.pending', { count: dirtyCount }) : saved ? t('common.saved') : t('form.nothingPending');
  return (
    <div className={styles.root}>
      <span className={styles.status} role="status" aria-live="polite">
        {status}
      </span>
      <Button onClick={onReset} disabled={dirtyCount === 0 || saving}>
        {t('common.cancel')}
      </Button>
      <Button appearance="primary" icon={<Save20Regular />} onClick={onSave} disabled={dirtyCount === 0 || saving || disabled}>
        {saving ? t('common.saving') : t('common.save')}
      </Button>
    </div>
  );
}
