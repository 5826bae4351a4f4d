import { Button } from '@fluentui/react-components';
import { ArrowRepeatAll20Regular, LockClosed20Regular, MailInbox20Regular, Send20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { CampaignRecord } from '../../api/campaigns';
import { hrefOf, paths } from '../../router/routes';
import type { CampaignCommands } from './use-campaign-commands';
import { useCampaignPageStyles } from './CampaignPage.styles';

/** What can be done with a campaign in its state: launch a draft, remind the late ones of a running one, close it. */
export function CampaignHeaderActions({ campaign, commands, saving }: { campaign: CampaignRecord; commands: CampaignCommands; saving: boolean }) {
  const styles = useCampaignPageStyles();
  const { t } = useTranslation();
  const running = campaign.state === 'sending' || campaign.state === 'open';
  return (
    <div className={styles.actions}>
      {campaign.state === 'draft' && (
        <Button appearance="primary" icon={<Send20Regular />} disabled={saving || commands.busy} onClick={() => commands.open('launch')}>
          {t('launch.button')}
        </Button>
      )}
      {running && (
        <Button appearance="primary" icon={<ArrowRepeatAll20Regular />} disabled={commands.busy} onClick={() => commands.open('relaunch')}>
          {t('relaunch.button')}
        </Button>
      )}
      {campaign.state !== 'draft' && campaign.kind === 'action_review' && (
        <Button as="a" href={hrefOf(paths.proposals, { campaign: campaign.id })} icon={<MailInbox20Regular />}>
          {t('campaign.seeProposals')}
        </Button>
      )}
      {campaign.state !== 'closed' && (
        <Button icon={<LockClosed20Regular />} disabled={commands.busy} onClick={() => commands.open('close')}>
          {t('close.button')}
        </Button>
      )}
    </div>
  );
}
