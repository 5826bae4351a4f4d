import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, ...typographyStyles.body1 },
  label: { ...typographyStyles.body1Strong },
  changes: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface RecordChangeItem {
  key: string;
  label: string;
  /** Each changed field, already in words ("Avancement : 40 % → 25 %"). */
  changes: string[];
}

/** A titled list of records (added, removed or changed), each with its field changes; nothing when empty. */
export function RecordChanges({ id, title, items }: { id: string; title: string; items: RecordChangeItem[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h3 id={id} className={styles.heading}>{title}</h3>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.key}>
            <span className={styles.label}>{item.label}</span>
            {item.changes.length > 0 && (
              <ul className={styles.changes}>
                {item.changes.map((change, index) => (
                  <li key={index}>{change}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
