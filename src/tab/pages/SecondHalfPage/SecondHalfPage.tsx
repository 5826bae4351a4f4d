import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/Breadcrumbs/Breadcrumbs';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { KpiTile } from '../../components/KpiTile/KpiTile';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMandate } from '../../data/hooks/use-mandate';
import { useMe } from '../../data/hooks/use-me';
import { useMidTermChanges } from '../../data/hooks/use-midterm-changes';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { bilan as bilanStrings } from '../../i18n/locales/fr/bilan';
import { secondHalf as secondHalfStrings } from '../../i18n/locales/fr/second-half';
import { addPageStrings } from '../../i18n/page-strings';
import { useFormat } from '../../i18n/use-format';
import { canPlanRoadmap, hasCapability } from '../../model/permissions';
import { plannedCommitments, secondHalfFigures, type ActionFilter } from '../../model/second-half';
import { paths } from '../../router/routes';
import { useQueryParams } from '../../router/use-location';
import { CommitmentPlan } from './CommitmentPlan';
import type { SecondHalfDialog } from './SecondHalfDialogs';

// The dialogs (forms, the target revision) download when one opens.
const SecondHalfDialogs = lazy(() => import('./SecondHalfDialogs').then((m) => ({ default: m.SecondHalfDialogs })));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))', gap: tokens.spacingHorizontalL },
  note: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

const FILTERS: ActionFilter[] = ['all', 'second', 'changed'];
const FILTER_LABELS = { all: 'secondHalf.showAll', second: 'secondHalf.showSecond', changed: 'secondHalf.showChanged' } as const;
const isFilter = (value: string | null): value is ActionFilter => (FILTERS as (string | null)[]).includes(value);

/** Feuille de route of the second half: from the bilan, re-prioritise, reallocate, revise targets, add actions and indicators. */
export function SecondHalfPage() {
  addPageStrings(bilanStrings, secondHalfStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe().data;
  const directory = useDirectory();
  const mandate = useMandate();
  const { index, error, reload } = useRoadmapIndex();
  const changes = useMidTermChanges(mandate?.midTermDate).data;
  const [query, setQuery] = useQueryParams();
  const axes = index?.roadmap.axes ?? [];
  const axisId = query.get('axis') ?? axes[0]?.id ?? '';
  const requested = query.get('show');
  const filter: ActionFilter = isFilter(requested) ? requested : 'all';
  const [dialog, setDialog] = useState<SecondHalfDialog | undefined>();
  const [done, setDone] = useState<{ message: string; n: number } | undefined>();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);

  const shownAxes = useMemo(() => (axisId === 'all' ? axes : axes.filter((a) => a.id === axisId)), [axes, axisId]);
  const plans = useMemo(() => plannedCommitments(shownAxes, filter, changes), [shownAxes, filter, changes]);
  const figures = useMemo(() => secondHalfFigures(axes), [axes]);
  const planner = canPlanRoadmap(me);

  const header = (
    <PageHeader
      before={<Breadcrumbs items={[{ label: t('bilan.title'), to: paths.bilan }]} />}
      title={t('secondHalf.title')}
      subtitle={t('secondHalf.subtitle')}
    />
  );
  if (!me || !index)
    return <>{header}{error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState label={t('common.loading')} />}</>;
  if (!hasCapability(me, 'internal.read'))
    return (
      <>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('bilan.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  return (
    <div className={styles.stack}>
      {header}
      {mandate && <p className={styles.note}>{t('secondHalf.midTermNote', { date: format.date(mandate.midTermDate) })}</p>}
      {!planner && (
        <MessageBar intent="info">
          <MessageBarBody>{t('secondHalf.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.kpis}>
        <KpiTile tone="brand" label={t('secondHalf.kpi.second')} value={<span data-kpi="second">{format.number(figures.actions)}</span>} />
        <KpiTile tone="danger" label={t('secondHalf.kpi.high')} value={<span data-kpi="high">{format.number(figures.high)}</span>} />
        <KpiTile label={t('secondHalf.kpi.budget')} value={format.euros(figures.budget)} />
        <KpiTile label={t('secondHalf.kpi.staffing')} value={t('secondHalf.kpi.staffingValue', { value: format.number(figures.staffing, 1) })} />
        <KpiTile tone="warning" label={t('secondHalf.kpi.changed')} value={<span data-kpi="changed">{format.number(changes?.size)}</span>} />
      </div>
      <div className={styles.tools} role="search" aria-label={t('secondHalf.filters')}>
        <Field label={t('secondHalf.axis')}>
          <Select value={axisId} onChange={(_e, d) => setQuery({ axis: d.value })}>
            {axes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
            <option value="all">{t('secondHalf.allAxes')}</option>
          </Select>
        </Field>
        <Field label={t('secondHalf.show')}>
          <Select value={filter} onChange={(_e, d) => setQuery({ show: d.value === 'all' ? undefined : d.value })}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(FILTER_LABELS[f])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div ref={status} tabIndex={-1} role="status">
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {plans.length === 0 ? (
        <EmptyState>{t('secondHalf.empty')}</EmptyState>
      ) : (
        shownAxes
          .filter((axis) => plans.some((p) => p.axis.id === axis.id))
          .map((axis) => (
            <Panel key={axis.id} title={axis.title}>
              {plans
                .filter((p) => p.axis.id === axis.id)
                .map((plan) => (
                  <CommitmentPlan key={plan.commitment.id} plan={plan} changes={changes} me={me} planner={planner} open={setDialog} />
                ))}
            </Panel>
          ))
      )}
      {dialog && (
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <SecondHalfDialogs
            dialog={dialog}
            index={index}
            directory={directory}
            me={me}
            onDone={(message) => setDone((previous) => ({ message, n: (previous?.n ?? 0) + 1 }))}
            onClose={() => setDialog(undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
