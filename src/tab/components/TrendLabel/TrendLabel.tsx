import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowTrending20Regular, ArrowTrendingDown20Regular, ArrowRight20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import type { Trend } from '../../api/enums';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  up: { color: tokens.colorPaletteGreenForeground1 },
  flat: { color: tokens.colorNeutralForeground3 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

const ICONS = { up: ArrowTrending20Regular, flat: ArrowRight20Regular, down: ArrowTrendingDown20Regular } as const;

/** The trend of an action: an arrow and its name; nothing when not set. */
export function TrendLabel({ trend, iconOnly }: { trend: Trend | undefined; iconOnly?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!trend) return null;
  const Icon = ICONS[trend];
  const label = t(`trend.${trend}`);
  return (
    <span className={styles.root} title={iconOnly ? label : undefined}>
      <Icon aria-hidden className={styles[trend]} />
      {iconOnly ? <VisuallyHidden>{label}</VisuallyHidden> : label}
    </span>
  );
}
