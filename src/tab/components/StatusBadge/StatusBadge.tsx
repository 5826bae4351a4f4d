import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, CommitmentStatus } from '../../api/enums';

// Badges have a fixed height: their text must never wrap.
export const useBadgeStyles = makeStyles({ badge: { whiteSpace: 'nowrap', flexShrink: 0 } });

const ACTION_COLORS: Record<ActionStatus, BadgeProps['color']> = {
  planned: 'informative',
  in_progress: 'brand',
  blocked: 'danger',
  done: 'success',
  cancelled: 'subtle',
};

const COMMITMENT_COLORS: Record<CommitmentStatus, BadgeProps['color']> = {
  planned: 'informative',
  in_progress: 'brand',
  done: 'success',
  revised: 'warning',
  abandoned: 'danger',
};

/** The status of an action. */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={ACTION_COLORS[status]}>
      {t(`actionStatus.${status}`)}
    </Badge>
  );
}

/** The status of an engagement. */
export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={COMMITMENT_COLORS[status]}>
      {t(`commitmentStatus.${status}`)}
    </Badge>
  );
}

/** "Late by 12 days", in red; nothing when on time. */
export function LateBadge({ daysLate }: { daysLate: number }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  if (daysLate <= 0) return null;
  return (
    <Badge className={styles.badge} appearance="filled" shape="rounded" color="danger">
      {t('late.badge', { count: daysLate })}
    </Badge>
  );
}
