import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { ArrowSwap20Regular, CalendarArrowRight20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { BilanDto, SnapshotDto } from '../../api/bilan';
import { BilanAxisTable } from '../../components/BilanAxisTable/BilanAxisTable';
import { CitizenVoice } from '../../components/CitizenVoice/CitizenVoice';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { ExportPanel } from '../../components/ExportPanel/ExportPanel';
import { GapList } from '../../components/GapList/GapList';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { useBilan, useSnapshots } from '../../data/hooks/use-bilan';
import { useMe } from '../../data/hooks/use-me';
import { useMidTermChanges } from '../../data/hooks/use-midterm-changes';
import { bilan as bilanStrings } from '../../i18n/locales/fr/bilan';
import { feedback as feedbackStrings } from '../../i18n/locales/fr/feedback';
import { addPageStrings } from '../../i18n/page-strings';
import { useFormat } from '../../i18n/use-format';
import { hasCapability } from '../../model/permissions';
import { hrefOf, paths } from '../../router/routes';
import { useQueryParams } from '../../router/use-location';
import { BilanHeadline } from './BilanHeadline';
import { useBilanPageStyles } from './BilanPage.styles';
import { TwoViews, WorkingTime } from './BilanSections';

/** Bilan de mi-mandat: promised vs done per axis and commitment, the two views, gaps, citizens' voice, 1,607 h, exports. */
export function BilanPage() {
  addPageStrings(bilanStrings, feedbackStrings);
  const styles = useBilanPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const allowed = hasCapability(me.data, 'internal.read');
  const [query, setQuery] = useQueryParams();
  const snapshotId = query.get('snapshot') ?? undefined;
  const snapshots = useSnapshots();
  const bilan = useBilan(snapshotId, allowed);
  const data = bilan.data;
  const changes = useMidTermChanges(allowed && data?.source.kind === 'today' ? data.mandate?.midTermDate : undefined).data;

  const subtitle = data
    ? data.source.kind === 'snapshot'
      ? t('bilan.subtitleSnapshot', { collectivity: data.mandate?.collectivityName ?? '', title: data.source.title, date: format.date(data.asOf) })
      : t('bilan.subtitleToday', { collectivity: data.mandate?.collectivityName ?? '', date: format.date(data.asOf) })
    : undefined;
  const header = (
    <PageHeader
      title={t('bilan.title')}
      subtitle={subtitle}
      actions={
        allowed && (
          <div className={styles.headerLinks}>
            <Button as="a" href={hrefOf(paths.snapshots)} icon={<ArrowSwap20Regular />}>
              {t('bilan.snapshotsLink')}
            </Button>
            <Button as="a" href={hrefOf(paths.secondHalf)} icon={<CalendarArrowRight20Regular />}>
              {t('bilan.secondHalfLink')}
            </Button>
          </div>
        )
      }
    />
  );
  if (!me.data) return <>{header}<LoadingState label={t('common.loading')} /></>;
  const chosen = snapshots.data?.find((s) => s.id === snapshotId);
  if (!allowed)
    return (
      <div className={styles.stack}>
        {header}
        <MessageBar intent="info">
          <MessageBarBody>{t('bilan.forbidden')}</MessageBarBody>
        </MessageBar>
        <Panel title={t('bilan.exports.public')}>
          <ExportPanel snapshot={chosen} today={new Date().toISOString().slice(0, 10)} internal={false} />
        </Panel>
      </div>
    );
  return (
    <div className={styles.stack}>
      {header}
      <div className={styles.tools} role="search" aria-label={t('bilan.tools')}>
        <SourcePicker value={snapshotId} snapshots={snapshots.data} onChange={(id) => setQuery({ snapshot: id })} />
      </div>
      {data ? (
        <BilanContent bilan={data} snapshot={chosen} changes={changes} />
      ) : bilan.error ? (
        <ErrorState error={bilan.error} onRetry={bilan.reload} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </div>
  );
}

function SourcePicker({ value, snapshots, onChange }: { value: string | undefined; snapshots: SnapshotDto[] | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const known = snapshots ?? [];
  return (
    <Field label={t('bilan.source')}>
      <Select value={value ?? ''} onChange={(_e, d) => onChange(d.value || undefined)}>
        <option value="">{t('bilan.today')}</option>
        {value && !known.some((s) => s.id === value) && <option value={value}>{value}</option>}
        {known.map((s) => (
          <option key={s.id} value={s.id}>
            {t('bilan.snapshotOption', { title: s.title, date: format.date(s.asOf) })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function BilanContent({ bilan, snapshot, changes }: { bilan: BilanDto; snapshot: SnapshotDto | undefined; changes: Parameters<typeof BilanAxisTable>[0]['changes'] }) {
  const styles = useBilanPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const fromSnapshot = bilan.source.kind === 'snapshot';
  return (
    <>
      {bilan.source.kind === 'snapshot' && <p className={styles.note}>{t('bilan.snapshotNote', { date: format.dateTime(bilan.source.takenAt) })}</p>}
      <section aria-label={t('bilan.headline')}>
        <BilanHeadline bilan={bilan} />
      </section>
      <TwoViews bilan={bilan} />
      <Panel title={t('bilan.gaps.title')}>
        <p className={styles.intro}>{t('bilan.gaps.intro')}</p>
        <GapList toExplain={bilan.gapsToExplain} justified={bilan.justifiedGaps} linkable={!fromSnapshot} />
      </Panel>
      <Panel title={t('bilan.promised.title')}>
        {bilan.axes.map((axis) => (
          <section key={axis.id} aria-labelledby={`axis-${axis.id}`} className={styles.stack}>
            <h3 id={`axis-${axis.id}`} className={styles.axisHeading}>
              <span className={styles.dot} style={{ backgroundColor: axis.color }} aria-hidden />
              {axis.title}
            </h3>
            <p className={styles.axisSummary}>
              {t('bilan.promised.axisSummary', {
                progress: format.progress(axis.progress),
                done: axis.commitmentCounts.byStatus.done,
                total: axis.commitmentCounts.total,
                actions: axis.actions.total,
                late: axis.actions.late,
                spent: format.euros(axis.budget.spent),
                planned: format.euros(axis.budget.planned),
              })}
            </p>
            <BilanAxisTable axis={axis} changes={changes} />
          </section>
        ))}
      </Panel>
      <Panel title={t('bilan.voice.title')}>
        <CitizenVoice bilan={bilan} />
      </Panel>
      <WorkingTime bilan={bilan} />
      <Panel title={t('bilan.exports.title')}>
        <ExportPanel snapshot={snapshot ?? (bilan.source.kind === 'snapshot' ? { id: bilan.source.id, title: bilan.source.title, asOf: bilan.asOf } : undefined)} today={bilan.asOf} internal />
      </Panel>
    </>
  );
}
