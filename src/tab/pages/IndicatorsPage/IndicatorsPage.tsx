import { Field, SearchBox, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_STATES, type IndicatorState } from '../../api/enums';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { IndicatorTable } from '../../components/IndicatorTable/IndicatorTable';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { useRoadmapIndex } from '../../data/hooks/use-roadmap-index';
import { foldText } from '../../model/fold-text';
import { useQueryParams } from '../../router/use-location';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  count: { ...typographyStyles.body1Strong },
});

/** Indicateurs: every indicator with its latest value, target, achievement and course. */
export function IndicatorsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { index, error, reload } = useRoadmapIndex();
  const [query, setQuery] = useQueryParams();
  const [q, setQ] = useState('');
  const stateParam = query.get('state');
  const state = (INDICATOR_STATES as readonly string[]).includes(stateParam ?? '') ? (stateParam as IndicatorState) : undefined;
  const axisId = query.get('axis') ?? '';

  const items = useMemo(() => {
    const needle = foldText(q.trim());
    return (index?.indicators ?? []).filter(
      (i) =>
        (state === undefined || i.indicator.assessment.state === state) &&
        (axisId === '' || i.axis.id === axisId) &&
        (!needle || foldText(`${i.indicator.name} ${i.indicator.description ?? ''}`).includes(needle)),
    );
  }, [index, state, axisId, q]);

  const header = <PageHeader title={t('indicators.title')} subtitle={index ? t('indicators.subtitle', { count: index.indicators.length }) : undefined} />;
  if (!index) return <>{header}{error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState label={t('common.loading')} />}</>;
  return (
    <div className={styles.stack}>
      {header}
      <div className={styles.filters} role="search" aria-label={t('indicators.filtersLabel')}>
        <Field label={t('indicators.stateFilter')}>
          <Select value={state ?? ''} onChange={(_e, d) => setQuery({ state: d.value || undefined })}>
            <option value="">{t('common.all')}</option>
            {INDICATOR_STATES.map((s) => (
              <option key={s} value={s}>{t(`indicatorState.${s}`)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t('fields.axis')}>
          <Select value={axisId} onChange={(_e, d) => setQuery({ axis: d.value || undefined })}>
            <option value="">{t('common.all')}</option>
            {index.roadmap.axes.map((a) => (
              <option key={a.id} value={a.id}>{a.title}</option>
            ))}
          </Select>
        </Field>
        <Field label={t('roadmap.search')}>
          <SearchBox value={q} onChange={(_e, d) => setQ(d.value)} />
        </Field>
        <span className={styles.count} role="status">
          {t('indicators.shown', { count: items.length })}
        </span>
      </div>
      {items.length === 0 ? <EmptyState>{t('indicators.none')}</EmptyState> : <IndicatorTable items={items} label={t('indicators.tableLabel')} />}
    </div>
  );
}
