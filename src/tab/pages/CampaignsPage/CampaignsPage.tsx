import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { CampaignTable } from '../../components/CampaignTable/CampaignTable';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useCampaigns } from '../../data/hooks/use-campaigns';
import { useMe } from '../../data/hooks/use-me';
import { campaigns as campaignStrings } from '../../i18n/locales/fr/campaigns';
import { addPageStrings } from '../../i18n/page-strings';
import { hasCapability } from '../../model/permissions';
import { hrefOf, paths } from '../../router/routes';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } });

/** Campagnes: every questionnaire campaign with its state and funnel; a new one starts here. */
export function CampaignsPage() {
  addPageStrings(campaignStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const allowed = hasCapability(me.data, 'campaign.manage');
  const campaigns = useCampaigns();
  const header = (
    <PageHeader
      title={t('campaigns.title')}
      subtitle={t('campaigns.subtitle')}
      actions={
        allowed && (
          <Button as="a" href={hrefOf(paths.newCampaign)} appearance="primary" icon={<Add20Regular />}>
            {t('campaigns.new')}
          </Button>
        )
      }
    />
  );
  if (!me.data) return <>{header}<LoadingState label={t('common.loading')} /></>;
  if (!allowed)
    return (
      <>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('campaigns.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  return (
    <div className={styles.stack}>
      {header}
      <Panel title={t('campaigns.list')}>
        {campaigns.data ? (
          campaigns.data.length === 0 ? (
            <EmptyState>{t('campaigns.empty')}</EmptyState>
          ) : (
            <CampaignTable items={campaigns.data} />
          )
        ) : campaigns.error ? (
          <ErrorState error={campaigns.error} onRetry={campaigns.reload} />
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Panel>
    </div>
  );
}
