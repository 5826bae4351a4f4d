import { ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useFormat } from '../../i18n/use-format';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(48px, 1fr) auto', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '96px' },
  value: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground1, minWidth: '3.5em', textAlign: 'end' },
  large: { ...typographyStyles.subtitle1 },
});

export interface ProgressValueProps {
  /** Progress in points, 0–100; undefined when not reported. */
  value: number | undefined;
  large?: boolean;
}

/** A progress bar with its percentage as text (the bar itself is decorative). */
export function ProgressValue({ value, large }: ProgressValueProps) {
  const styles = useStyles();
  const format = useFormat();
  return (
    <span className={styles.root}>
      <ProgressBar aria-hidden value={value === undefined ? 0 : value / 100} thickness={large ? 'large' : 'medium'} shape="rounded" />
      <span className={large ? `${styles.value} ${styles.large}` : styles.value}>{format.progress(value)}</span>
    </span>
  );
}
