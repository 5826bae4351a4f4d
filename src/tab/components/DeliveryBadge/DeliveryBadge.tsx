import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatusCode } from '../../api/bilan';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const COLORS: Record<DeliveryStatusCode, BadgeProps['color']> = {
  done: 'success',
  on_track: 'brand',
  behind: 'danger',
  not_started: 'warning',
  revised: 'warning',
  abandoned: 'danger',
  unknown: 'informative',
};

/** Where a promise stands against the time elapsed ("Dans les temps", "En retard"…), in words. */
export function DeliveryBadge({ delivery }: { delivery: DeliveryStatusCode }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="outline" shape="rounded" color={COLORS[delivery]} data-delivery={delivery}>
      {t(`bilan.delivery.${delivery}`)}
    </Badge>
  );
}
