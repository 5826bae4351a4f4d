import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotDto } from '../../api/bilan';
import { Breadcrumbs } from '../../components/Breadcrumbs/Breadcrumbs';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { SnapshotComparison } from '../../components/SnapshotComparison/SnapshotComparison';
import { SnapshotTable } from '../../components/SnapshotTable/SnapshotTable';
import { useSnapshotComparison, useSnapshots } from '../../data/hooks/use-bilan';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { bilan as bilanStrings } from '../../i18n/locales/fr/bilan';
import { snapshots as snapshotStrings } from '../../i18n/locales/fr/snapshots';
import { addPageStrings } from '../../i18n/page-strings';
import { useFormat } from '../../i18n/use-format';
import { hasCapability } from '../../model/permissions';
import { paths } from '../../router/routes';
import { useQueryParams } from '../../router/use-location';
import { TakeSnapshotForm } from './TakeSnapshotForm';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  note: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  resultHeading: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 0` },
});

const TODAY = 'today';

/** Instantanés: freeze the roadmap at a date, list the snapshots, compare two of them or one with today. */
export function SnapshotsPage() {
  addPageStrings(bilanStrings, snapshotStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const directory = useDirectory();
  const snapshots = useSnapshots();
  const [query, setQuery] = useQueryParams();
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  const allowed = hasCapability(me.data, 'internal.read');
  const comparison = useSnapshotComparison(allowed ? from : undefined, allowed ? to : undefined);
  const result = useRef<HTMLHeadingElement>(null);
  const [asked, setAsked] = useState(false);
  // After "compare", the focus goes to the result, which replaces nothing on screen above it.
  useEffect(() => {
    if (asked && comparison.data) {
      result.current?.focus();
      setAsked(false);
    }
  }, [asked, comparison.data]);

  const header = (
    <PageHeader
      before={<Breadcrumbs items={[{ label: t('bilan.title'), to: paths.bilan }]} />}
      title={t('snapshots.title')}
      subtitle={t('snapshots.subtitle')}
    />
  );
  if (!me.data) return <>{header}<LoadingState label={t('common.loading')} /></>;
  if (!allowed)
    return (
      <>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('bilan.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  const compare = (nextFrom: string, nextTo: string) => {
    setAsked(true);
    setQuery({ from: nextFrom, to: nextTo });
  };
  const list = snapshots.data;
  return (
    <div className={styles.stack}>
      {header}
      <p className={styles.note}>{t('snapshots.immutable')}</p>
      {hasCapability(me.data, 'snapshot.take') && (
        <Panel title={t('snapshots.take')}>
          <TakeSnapshotForm today={new Date().toISOString().slice(0, 10)} onTaken={() => undefined} />
        </Panel>
      )}
      <Panel title={t('snapshots.list')}>
        {list ? (
          list.length === 0 ? (
            <EmptyState>{t('snapshots.empty')}</EmptyState>
          ) : (
            <SnapshotTable snapshots={list} directory={directory} onCompareWithToday={(s) => compare(s.id, TODAY)} />
          )
        ) : snapshots.error ? (
          <ErrorState error={snapshots.error} onRetry={snapshots.reload} />
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Panel>
      <Panel title={t('snapshots.compare.title')}>
        {list && list.length === 0 ? (
          <EmptyState>{t('snapshots.compare.needSnapshot')}</EmptyState>
        ) : (
          <ComparePicker key={`${from ?? ''}|${to ?? ''}|${list?.length ?? 0}`} snapshots={list ?? []} from={from} to={to} onCompare={compare} />
        )}
        {from && to && (
          <>
            <h3 ref={result} tabIndex={-1} className={styles.resultHeading}>
              {t('snapshots.comparison.heading')}
            </h3>
            {comparison.data ? (
              <SnapshotComparison comparison={comparison.data} directory={directory} />
            ) : comparison.error ? (
              <ErrorState error={comparison.error} onRetry={comparison.reload} />
            ) : (
              <LoadingState label={t('common.loading')} />
            )}
          </>
        )}
      </Panel>
    </div>
  );
}

interface ComparePickerProps {
  snapshots: SnapshotDto[];
  from: string | undefined;
  to: string | undefined;
  onCompare: (from: string, to: string) => void;
}

function ComparePicker({ snapshots, from, to, onCompare }: ComparePickerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const [draftFrom, setDraftFrom] = useState(from ?? snapshots[snapshots.length - 1]?.id ?? '');
  const [draftTo, setDraftTo] = useState(to ?? TODAY);
  const same = draftFrom === draftTo;
  const option = (s: SnapshotDto) => (
    <option key={s.id} value={s.id}>
      {t('snapshots.compare.option', { title: s.title, date: format.date(s.asOf) })}
    </option>
  );
  return (
    <form
      className={styles.tools}
      onSubmit={(e) => {
        e.preventDefault();
        if (draftFrom && !same) onCompare(draftFrom, draftTo);
      }}
    >
      <Field label={t('snapshots.compare.from')}>
        <Select value={draftFrom} onChange={(_e, d) => setDraftFrom(d.value)}>
          {snapshots.map(option)}
        </Select>
      </Field>
      <Field label={t('snapshots.compare.to')} validationMessage={same ? t('snapshots.compare.sameSides') : undefined} validationState={same ? 'warning' : undefined}>
        <Select value={draftTo} onChange={(_e, d) => setDraftTo(d.value)}>
          <option value={TODAY}>{t('snapshots.compare.today')}</option>
          {snapshots.map(option)}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={!draftFrom || same}>
        {t('snapshots.compare.button')}
      </Button>
    </form>
  );
}
