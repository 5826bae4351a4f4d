import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';
import type { IndicatorState } from '../../api/enums';

const COLORS: Record<IndicatorState, BadgeProps['color']> = {
  reached: 'success',
  on_track: 'brand',
  behind: 'danger',
  no_data: 'subtle',
};

/** Where an indicator stands: reached, on track, behind, no data. */
export function IndicatorStateBadge({ state }: { state: IndicatorState }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={COLORS[state]}>
      {t(`indicatorState.${state}`)}
    </Badge>
  );
}
