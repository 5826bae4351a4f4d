import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComparedSideDto, SnapshotComparisonDto } from '../../api/bilan';
import { ENTITY_KINDS } from '../../api/enums';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat, type Format } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';
import { EmptyState } from '../EmptyState/EmptyState';
import { describeValue, fieldLabel, type ValueContext } from '../HistoryTimeline/describe-value';
import { RecordChanges } from './RecordChanges';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  lead: { ...typographyStyles.body1, margin: 0 },
  strong: { ...typographyStyles.subtitle2, margin: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
});


/** One side of a comparison in words: "l'instantané « Mi-mandat » (22 mars 2029)" or "aujourd'hui (27 novembre 2026)". */
const sideLabel = (side: ComparedSideDto, t: TFunction, format: Format): string =>
  side.kind === 'today'
    ? t('snapshots.comparison.today', { date: format.date(side.asOf) })
    : t('snapshots.comparison.snapshot', { title: side.title, date: format.date(side.asOf) });

/** What moved between two states of the roadmap, in plain words: progress, counts, slipped actions, each change. */
export function SnapshotComparison({ comparison: c, directory }: { comparison: SnapshotComparisonDto; directory: Directory }) {
  const styles = useStyles();
  const table = useBilanTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const head = mergeClasses(table.cell, table.head);
  const number = mergeClasses(table.cell, table.number);
  const kinds = ENTITY_KINDS.filter((k) => c.counts[k].added + c.counts[k].removed + c.counts[k].changed > 0);
  const context = (entityType: string): ValueContext => ({ t, format, directory, entityType });
  const actionState = (state: SnapshotComparisonDto['slipped'][number]['from']) =>
    t('snapshots.comparison.state', {
      status: t(`actionStatus.${state.status}`),
      progress: format.progress(state.progress),
      due: format.date(state.dueDate),
    });
  return (
    <div className={styles.stack} data-testid="comparison">
      <p className={styles.lead}>{t('snapshots.comparison.between', { from: sideLabel(c.from, t, format), to: sideLabel(c.to, t, format) })}</p>
      <p className={styles.strong} data-testid="comparison-progress">
        {t('snapshots.comparison.progress', { from: format.progress(c.progress.mandate.from), to: format.progress(c.progress.mandate.to) })}
      </p>
      {kinds.length === 0 ? (
        <EmptyState>{t('snapshots.comparison.nothing')}</EmptyState>
      ) : (
        <div className={styles.grid}>
          <table className={table.table}>
            <caption className={table.caption}>{t('snapshots.comparison.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>{t('snapshots.comparison.kind')}</th>
                <th scope="col" className={mergeClasses(head, table.number)}>{t('snapshots.comparison.added')}</th>
                <th scope="col" className={mergeClasses(head, table.number)}>{t('snapshots.comparison.removed')}</th>
                <th scope="col" className={mergeClasses(head, table.number)}>{t('snapshots.comparison.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((k) => (
                <tr key={k} data-kind={k}>
                  <th scope="row" className={table.cell}>{t(`entityKind.${k}`)}</th>
                  <td className={number}>{c.counts[k].added}</td>
                  <td className={number}>{c.counts[k].removed}</td>
                  <td className={number}>{c.counts[k].changed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className={table.table}>
            <caption className={table.caption}>{t('snapshots.comparison.axesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>{t('snapshots.comparison.axis')}</th>
                <th scope="col" className={mergeClasses(head, table.number)}>{t('snapshots.comparison.before')}</th>
                <th scope="col" className={mergeClasses(head, table.number)}>{t('snapshots.comparison.after')}</th>
              </tr>
            </thead>
            <tbody>
              {c.progress.axes.map((axis) => (
                <tr key={axis.id}>
                  <th scope="row" className={table.cell}>{axis.title}</th>
                  <td className={number}>{format.progress(axis.from)}</td>
                  <td className={number}>{format.progress(axis.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className={styles.stack} aria-labelledby="comparison-slipped">
        <h3 id="comparison-slipped" className={styles.heading}>{t('snapshots.comparison.slipped')}</h3>
        {c.slipped.length === 0 ? (
          <EmptyState>{t('snapshots.comparison.slippedNone')}</EmptyState>
        ) : (
          <table className={table.table}>
            <caption className={table.caption}>{t('snapshots.comparison.slippedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>{t('snapshots.comparison.action')}</th>
                <th scope="col" className={head}>{t('snapshots.comparison.reasons')}</th>
                <th scope="col" className={head}>{t('snapshots.comparison.before')}</th>
                <th scope="col" className={head}>{t('snapshots.comparison.after')}</th>
              </tr>
            </thead>
            <tbody>
              {c.slipped.map((s) => (
                <tr key={s.id} data-slipped={s.id}>
                  <th scope="row" className={table.cell}>
                    <RouterLink to={paths.action(s.id)}>{s.title}</RouterLink>
                  </th>
                  <td className={table.cell}>{s.reasons.map((r) => t(`snapshots.comparison.reason.${r}`)).join(', ')}</td>
                  <td className={table.cell}>{actionState(s.from)}</td>
                  <td className={table.cell}>{actionState(s.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <RecordChanges
        id="comparison-added"
        title={t('snapshots.comparison.addedList')}
        items={c.added.map((r) => ({ key: `${r.kind}/${r.id}`, label: t('snapshots.comparison.record', { kind: t(`entityKind.${r.kind}`), label: r.label }), changes: [] }))}
      />
      <RecordChanges
        id="comparison-removed"
        title={t('snapshots.comparison.removedList')}
        items={c.removed.map((r) => ({ key: `${r.kind}/${r.id}`, label: t('snapshots.comparison.record', { kind: t(`entityKind.${r.kind}`), label: r.label }), changes: [] }))}
      />
      <RecordChanges
        id="comparison-changed"
        title={t('snapshots.comparison.changedList')}
        items={c.changed.map((r) => ({
          key: `${r.kind}/${r.id}`,
          label: t('snapshots.comparison.record', { kind: t(`entityKind.${r.kind}`), label: r.label }),
          changes: r.fields.map((f) =>
            t('snapshots.comparison.fieldChange', {
              field: fieldLabel(t, f.field),
              from: describeValue(f.field, f.from, context(r.kind)),
              to: describeValue(f.field, f.to, context(r.kind)),
            }),
          ),
        }))}
      />
      {c.truncated && <p className={styles.note}>{t('snapshots.comparison.truncated')}</p>}
    </div>
  );
}
