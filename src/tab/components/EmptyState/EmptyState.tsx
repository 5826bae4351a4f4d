import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    textAlign: 'center',
  },
});

/** "Nothing to show" in a list or a card. */
export function EmptyState({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <p className={styles.root}>{children}</p>;
}
