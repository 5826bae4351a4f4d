import { Button } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { RoadmapFilters } from '../../components/RoadmapFilters/RoadmapFilters';
import { RoadmapTable } from '../../components/RoadmapTable/RoadmapTable';
import { RoadmapTree } from '../../components/RoadmapTree/RoadmapTree';
import { ViewSwitch } from '../../components/ViewSwitch/ViewSwitch';
import { useDirectory } from '../../data/hooks/use-directory';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../router/routes';
import { navigate } from '../../router/use-location';
import { filterOptions } from './filter-options';
import { useRoadmapPageStyles } from './RoadmapPage.styles';
import { useRoadmapView } from './use-roadmap-view';

const VIEW_ID = 'roadmap-view';

/** Feuille de route: the tree axes → engagements → actions (or a table), with filters and search. */
export function RoadmapPage() {
  const styles = useRoadmapPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const roadmap = useRoadmapIndex();
  const directory = useDirectory();
  const view = useRoadmapView(roadmap.index, directory);
  const options = useMemo(() => filterOptions(roadmap.index, directory), [roadmap.index, directory]);
  const total = roadmap.index?.actions.length ?? 0;

  const header = <PageHeader title={t('roadmap.title')} subtitle={roadmap.data ? t('roadmap.subtitle', { date: format.date(roadmap.data.asOf) }) : undefined} />;
  if (!roadmap.index)
    return <>{header}{roadmap.error ? <ErrorState error={roadmap.error} onRetry={roadmap.reload} /> : <LoadingState label={t('common.loading')} />}</>;

  return (
    <div className={styles.stack}>
      {header}
      <RoadmapFilters filters={view.filters} axes={options.axes} services={options.services} leads={options.leads} onChange={view.setFilters} />
      <div className={styles.bar}>
        <ViewSwitch view={view.view} onChange={view.setView} controls={VIEW_ID} />
        <div className={styles.barEnd}>
          <span className={styles.count} role="status" aria-live="polite">
            {t('roadmap.shownCount', { count: view.shown.length, shown: format.number(view.shown.length), total: format.number(total) })}
          </span>
          {view.view === 'tree' && (
            <>
              <Button size="small" appearance="subtle" onClick={view.expandAll}>{t('roadmap.expandAll')}</Button>
              <Button size="small" appearance="subtle" onClick={view.collapseAll}>{t('roadmap.collapseAll')}</Button>
            </>
          )}
        </div>
      </div>
      <div id={VIEW_ID}>
        {view.view === 'tree' ? (
          <RoadmapTree
            rows={view.rows}
            label={t('roadmap.treeLabel')}
            directory={directory}
            onToggle={view.toggle}
            onOpenAction={(id) => navigate(paths.action(id))}
          />
        ) : (
          <RoadmapTable items={view.sorted} label={t('roadmap.tableLabel')} sort={view.sort} onSort={view.sortBy} directory={directory} />
        )}
      </div>
    </div>
  );
}
