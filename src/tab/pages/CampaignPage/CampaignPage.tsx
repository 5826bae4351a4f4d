import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/Breadcrumbs/Breadcrumbs';
import { CampaignStateBadge } from '../../components/CampaignStateBadge/CampaignStateBadge';
import { CardPreview } from '../../components/CardPreview/CardPreview';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useCampaignEditor } from '../../data/editing/use-campaign-editor';
import { useCampaign } from '../../data/hooks/use-campaigns';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { campaigns as campaignStrings } from '../../i18n/locales/fr/campaigns';
import { addPageStrings } from '../../i18n/page-strings';
import { useFormat } from '../../i18n/use-format';
import { hasCapability } from '../../model/permissions';
import { navigate } from '../../router/use-location';
import { paths } from '../../router/routes';
import { CampaignDialogs } from './CampaignDialogs';
import { CampaignEditorSection } from './CampaignEditorSection';
import { CampaignFollow } from './CampaignFollow';
import { CampaignHeaderActions } from './CampaignHeaderActions';
import { useCampaignCommands } from './use-campaign-commands';
import { useCampaignPageStyles } from './CampaignPage.styles';

const localToday = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** One campaign (or a new one): prepare and preview it, launch it, then follow its funnel and recipients live. */
export function CampaignPage({ id }: { id?: string }) {
  addPageStrings(campaignStrings);
  const styles = useCampaignPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const allowed = hasCapability(me.data, 'campaign.manage');
  const directory = useDirectory();
  const summary = useCampaign(allowed ? id : undefined);
  const campaign = summary.data?.campaign;
  const today = localToday();
  const editor = useCampaignEditor(campaign, today, t('form.number'));
  const commands = useCampaignCommands(campaign, editor, directory, summary.reload);

  const crumbs = <Breadcrumbs items={[{ label: t('campaign.breadcrumb'), to: paths.campaigns }]} />;
  const fallbackHeader = <PageHeader before={crumbs} title={id ? t('campaigns.title') : t('campaign.newTitle')} />;
  if (!me.data) return <>{fallbackHeader}<LoadingState label={t('common.loading')} /></>;
  if (!allowed)
    return (
      <>
        {fallbackHeader}
        <MessageBar intent="warning">
          <MessageBarBody>{t('campaigns.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  if (id && !campaign)
    return <>{fallbackHeader}{summary.error ? <ErrorState error={summary.error} onRetry={summary.reload} /> : <LoadingState label={t('common.loading')} />}</>;

  const save = async () => {
    const stored = await editor.save();
    // A new draft gets its own address: the page reloads it there (preview, launch).
    if (stored && !id) navigate(paths.campaign(stored.id));
  };
  const editable = !campaign || campaign.state === 'draft' || campaign.state === 'scheduled';
  const subtitle = campaign && (
    <span className={styles.badges}>
      <CampaignStateBadge state={campaign.state} />
      <span>{t(`campaignKind.${campaign.kind}`)}</span>
      {campaign.createdBy && <span>{t('campaign.createdBy', { name: directory.personName(campaign.createdBy) ?? campaign.createdBy })}</span>}
      {campaign.launchedAt && <span>{t('campaign.launchedAt', { date: format.dateTime(campaign.launchedAt) })}</span>}
      {campaign.closedAt && <span>{t('campaign.closedAt', { date: format.dateTime(campaign.closedAt) })}</span>}
    </span>
  );
  return (
    <div className={styles.stack}>
      <PageHeader
        before={crumbs}
        title={campaign?.title ?? t('campaign.newTitle')}
        subtitle={subtitle}
        actions={campaign && <CampaignHeaderActions campaign={campaign} commands={commands} saving={editor.saving} />}
      />
      {commands.done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{commands.done}</MessageBarBody>
        </MessageBar>
      )}
      {commands.failure && <ErrorState error={commands.failure} />}
      {campaign && summary.data && campaign.state !== 'draft' && <CampaignFollow summary={summary.data} reload={summary.reload} />}
      {editable ? (
        <CampaignEditorSection editor={editor} directory={directory} onSave={save} />
      ) : (
        <Panel title={t('preview.title')}>
          <p className={styles.note}>{t('campaign.notEditable')}</p>
          <CardPreview campaignId={campaign?.id} stale={false} />
        </Panel>
      )}
      <CampaignDialogs commands={commands} editor={editor} funnel={summary.data?.funnel} directory={directory} today={today} />
    </div>
  );
}
