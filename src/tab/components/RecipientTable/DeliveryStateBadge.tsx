import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DeliveryState } from '../../api/campaign-enums';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const COLORS: Record<DeliveryState, BadgeProps['color']> = { queued: 'informative', sent: 'brand', failed: 'danger', answered: 'success', late: 'warning' };

/** Where one recipient stands: en file, envoyé, en échec, a répondu, en retard. */
export function DeliveryStateBadge({ state }: { state: DeliveryState }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={COLORS[state]}>
      {t(`deliveryState.${state}`)}
    </Badge>
  );
}
