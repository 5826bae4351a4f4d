import { Button, ProgressBar } from '@fluentui/react-components';
import { Presenter20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ActionBriefList } from '../../components/ActionBriefList/ActionBriefList';
import { AxisProgressList } from '../../components/AxisProgressList/AxisProgressList';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { HistoryTimeline } from '../../components/HistoryTimeline/HistoryTimeline';
import { IndicatorBehindList } from '../../components/IndicatorBehindList/IndicatorBehindList';
import { KpiTile } from '../../components/KpiTile/KpiTile';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { RecordSubject } from '../../components/RecordSubject/RecordSubject';
import { ServiceWeatherTable } from '../../components/ServiceWeatherTable/ServiceWeatherTable';
import { WeatherChart } from '../../components/WeatherChart/WeatherChart';
import { useDirectory } from '../../data/hooks/use-directory';
import { useDashboard } from '../../data/hooks/use-read-model';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { hrefOf, paths } from '../../router/routes';
import { useDashboardPageStyles } from './DashboardPage.styles';

/** Tableau de bord: where the programme stands, what is late or blocked, what needs a decision. */
export function DashboardPage() {
  const styles = useDashboardPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const dashboard = useDashboard();
  const directory = useDirectory();
  const d = dashboard.data;
  const header = (
    <PageHeader
      title={t('dashboard.title')}
      subtitle={d ? t('dashboard.subtitle', { name: d.mandate?.collectivityName ?? '', date: format.date(d.asOf) }) : undefined}
      actions={
        <Button as="a" href={hrefOf(paths.meeting)} appearance="primary" icon={<Presenter20Regular />}>
          {t('dashboard.openMeeting')}
        </Button>
      }
    />
  );
  if (!d) return <>{header}{dashboard.error ? <ErrorState error={dashboard.error} onRetry={dashboard.reload} /> : <LoadingState label={t('common.loading')} />}</>;
  return (
    <>
      {header}
      <div className={styles.kpis}>
        <KpiTile
          tone="brand"
          label={t('dashboard.kpi.progress')}
          value={format.progress(d.progress)}
          caption={<ProgressBar aria-hidden value={(d.progress ?? 0) / 100} thickness="large" shape="rounded" />}
        />
        <KpiTile tone="danger" label={t('dashboard.kpi.late')} value={format.number(d.actions.late)} caption={t('dashboard.kpi.ofActive', { count: d.actions.active })} />
        <KpiTile tone="danger" label={t('dashboard.kpi.blocked')} value={format.number(d.actions.blocked)} caption={t('dashboard.kpi.stormy', { count: d.actions.stormy })} />
        <KpiTile tone="success" label={t('dashboard.kpi.done')} value={format.number(d.actions.done)} caption={t('dashboard.kpi.ofTotal', { count: d.actions.total })} />
        <KpiTile
          tone="warning"
          label={t('dashboard.kpi.indicatorsBehind')}
          value={format.number(d.indicators.behind)}
          caption={t('dashboard.kpi.indicatorsOf', { count: d.indicators.total, reached: d.indicators.reached })}
        />
      </div>
      <div className={styles.grid}>
        <Panel title={t('dashboard.axesTitle')}>
          <AxisProgressList axes={d.axes} />
        </Panel>
        <Panel title={t('dashboard.weatherTitle')}>
          <WeatherChart counts={d.weather} />
        </Panel>
        <Panel title={t('dashboard.decideTitle')} aside={t('dashboard.decideAside')}>
          <ActionBriefList items={d.blocked.slice(0, 6)} directory={directory} empty={t('dashboard.decideEmpty')} showBlockers />
        </Panel>
        <Panel title={t('dashboard.lateTitle')} aside={<RouterLink to={paths.roadmap} query={{ late: '1' }}>{t('dashboard.seeAllLate', { count: d.actions.late })}</RouterLink>}>
          <ActionBriefList items={d.late.slice(0, 6)} directory={directory} empty={t('dashboard.lateEmpty')} />
        </Panel>
        <Panel title={t('dashboard.indicatorsTitle')} aside={<RouterLink to={paths.indicators} query={{ state: 'behind' }}>{t('dashboard.seeIndicators')}</RouterLink>}>
          <IndicatorBehindList items={d.indicatorsBehind} />
        </Panel>
        <Panel title={t('dashboard.servicesTitle')}>
          <ServiceWeatherTable services={d.services} directory={directory} limit={8} />
        </Panel>
        <Panel title={t('dashboard.recentTitle')}>
          <HistoryTimeline
            entries={d.recentChanges.slice(0, 8)}
            maxChanges={3}
            subjectOf={(entry) => <RecordSubject entry={entry} kindLabel={t(`entityKind.${entry.entityType}` as 'entityKind.action', { defaultValue: entry.entityType })} />}
          />
        </Panel>
      </div>
    </>
  );
}
