import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { IndicatorStateBadge } from '../../components/AchievementValue/AchievementValue';
import { Breadcrumbs } from '../../components/Breadcrumbs/Breadcrumbs';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { IndicatorChart } from '../../components/IndicatorChart/IndicatorChart';
import { KpiTile } from '../../components/KpiTile/KpiTile';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { MeasureForm } from '../../components/MeasureForm/MeasureForm';
import { MeasuresTable } from '../../components/MeasuresTable/MeasuresTable';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { NotFoundError } from '../../api/api-error';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { useMeasures } from '../../data/hooks/use-record';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { useFormat } from '../../i18n/use-format';
import { canAddMeasure } from '../../model/permissions';
import { trajectoryPoints } from '../../model/trajectory';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: tokens.spacingHorizontalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(300px, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
});

/** One indicator: chart of measures against baseline, jalons and target, its data as tables, and adding a measure. */
export function IndicatorPage({ id }: { id: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe().data;
  const directory = useDirectory();
  const { index, error, reload } = useRoadmapIndex();
  const measures = useMeasures(id);
  const entry = index?.indicatorById.get(id);
  const crumbs = <Breadcrumbs items={[{ label: t('nav.indicators'), to: paths.indicators }]} />;

  if (!entry)
    return (
      <>
        <PageHeader title={t('indicator.title')} before={crumbs} />
        {error ? <ErrorState error={error} onRetry={reload} /> : index ? <ErrorState error={new NotFoundError(404, 'not_found', '')} /> : <LoadingState label={t('common.loading')} />}
      </>
    );
  const { indicator: i, action, commitment } = entry;
  const u = (v: number | undefined) => `${format.number(v)} ${i.unit}`;
  const mayAdd = canAddMeasure(me, i, action?.serviceId);
  return (
    <div className={styles.stack}>
      <PageHeader
        before={crumbs}
        title={i.name}
        subtitle={
          <span className={styles.badges}>
            <IndicatorStateBadge state={i.assessment.state} />
            <span>{t(`direction.${i.direction}`)}</span>
            <span>{t(`frequency.${i.frequency}`)}</span>
            <span>{directory.serviceName(i.serviceId ?? action?.serviceId) ?? t('common.noService')}</span>
            {action ? (
              <RouterLink to={paths.action(action.id)}>{action.title}</RouterLink>
            ) : (
              <RouterLink to={paths.commitments}>{`${commitment.reference} ${commitment.title}`}</RouterLink>
            )}
          </span>
        }
      />
      <div className={styles.kpis}>
        <KpiTile tone="brand" label={t('indicator.latestValue')} value={u(i.assessment.latest?.value)} caption={i.assessment.latest ? format.date(i.assessment.latest.date) : t('indicators.noMeasure')} />
        <KpiTile label={t('indicator.expectedValue')} value={u(i.assessment.expected)} caption={t('indicator.expectedCaption')} />
        <KpiTile tone="success" label={t('fields.targetValue')} value={u(i.targetValue)} caption={format.date(i.targetDate)} />
        <KpiTile
          tone={i.assessment.state === 'behind' ? 'danger' : 'success'}
          label={t('indicator.achievement')}
          value={<span data-testid="achievement">{format.percent(i.assessment.achievement)}</span>}
          caption={t(`indicatorState.${i.assessment.state}`)}
        />
      </div>
      <div className={styles.layout}>
        <Panel title={t('indicator.chartTitle')}>
          {measures.data ? <IndicatorChart indicator={i} measures={measures.data} /> : measures.error ? <ErrorState error={measures.error} onRetry={measures.reload} /> : <LoadingState label={t('common.loading')} />}
          {measures.data && <MeasuresTable measures={measures.data} trajectory={trajectoryPoints(i)} unit={i.unit} />}
        </Panel>
        <div className={styles.stack}>
          {mayAdd && (
            <Panel title={t('indicator.addMeasure')}>
              <MeasureForm indicatorId={i.id} unit={i.unit} today={index?.roadmap.asOf ?? new Date().toISOString().slice(0, 10)} />
            </Panel>
          )}
          <Panel title={t('indicator.about')}>
            <p>{i.description ?? t('indicator.noDescription')}</p>
            {i.source && <p>{t('indicator.sourceLine', { source: i.source })}</p>}
          </Panel>
        </div>
      </div>
    </div>
  );
}
