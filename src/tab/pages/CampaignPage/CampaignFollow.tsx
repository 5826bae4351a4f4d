import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../api/campaigns';
import { CampaignFunnel } from '../../components/CampaignFunnel/CampaignFunnel';
import { Panel } from '../../components/Panel/Panel';
import { useRecipients } from '../../data/hooks/use-campaigns';
import { useVisibleInterval } from '../../hooks/use-visible-interval';
import { RecipientsPanel } from './RecipientsPanel';
import { useCampaignPageStyles } from './CampaignPage.styles';

/** How often a running campaign's funnel and recipients are read again. */
export const FOLLOW_INTERVAL_MS = 5000;

/** The live funnel and the recipients of a launched campaign, read again every 5 s while the page is visible. */
export function CampaignFollow({ summary, reload }: { summary: CampaignSummary; reload: () => void }) {
  const styles = useCampaignPageStyles();
  const { t } = useTranslation();
  const { campaign, funnel } = summary;
  const recipients = useRecipients(campaign.id);
  const live = campaign.state !== 'closed' && campaign.state !== 'draft';
  useVisibleInterval(
    () => {
      reload();
      recipients.reload();
    },
    FOLLOW_INTERVAL_MS,
    live,
  );
  return (
    <>
      <Panel title={t('funnel.title')} aside={live && <span className={styles.note}>{t('funnel.caption')}</span>}>
        <CampaignFunnel funnel={funnel} />
      </Panel>
      <RecipientsPanel campaignId={campaign.id} recipients={recipients} />
    </>
  );
}
