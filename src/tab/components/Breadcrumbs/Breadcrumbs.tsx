import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../router/RouterLink';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0, ...typographyStyles.caption1 },
  item: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    ':not(:last-child)::after': { content: '"›"', color: tokens.colorNeutralForeground3 },
  },
});

export interface Crumb {
  label: string;
  to?: string;
  query?: Record<string, string | undefined>;
}

/** Where the page sits: links up to the pages above it. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumb')}>
      <ol className={styles.list}>
        {items.map((c) => (
          <li key={c.label} className={styles.item}>
            {c.to ? (
              <RouterLink to={c.to} query={c.query}>
                {c.label}
              </RouterLink>
            ) : (
              <span>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
