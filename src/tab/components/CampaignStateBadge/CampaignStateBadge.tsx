import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CampaignState } from '../../api/campaign-enums';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const COLORS: Record<CampaignState, BadgeProps['color']> = {
  draft: 'subtle',
  scheduled: 'informative',
  sending: 'brand',
  open: 'success',
  closed: 'informative',
};

/** The state of a campaign: brouillon, programmée, envoi en cours, ouverte, close. */
export function CampaignStateBadge({ state }: { state: CampaignState }) {
  const { t } = useTranslation();
  const styles = useBadgeStyles();
  return (
    <Badge className={styles.badge} appearance={state === 'closed' ? 'outline' : 'tint'} shape="rounded" color={COLORS[state]} data-state={state}>
      {t(`campaignState.${state}`)}
    </Badge>
  );
}
