import { mergeClasses } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import type { TreeRow } from '../../model/roadmap-tree';
import { hrefOf, paths } from '../../router/routes';
import { ProgressValue } from '../ProgressValue/ProgressValue';
import { ActionStatusBadge, CommitmentStatusBadge } from '../StatusBadge/StatusBadge';
import { TrendLabel } from '../TrendLabel/TrendLabel';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';
import { useRoadmapTreeStyles } from './RoadmapTree.styles';

type RowOf<K extends TreeRow['kind']> = Extract<TreeRow, { kind: K }>;

function Chevron({ expanded }: { expanded: boolean }) {
  const styles = useRoadmapTreeStyles();
  return <span className={styles.toggle} aria-hidden>{expanded ? <ChevronDown20Regular /> : <ChevronRight20Regular />}</span>;
}

/** An axis: colour, title, counts, roll-up progress. */
export function AxisRowContent({ row }: { row: RowOf<'axis'> }) {
  const styles = useRoadmapTreeStyles();
  const { t } = useTranslation();
  const { axis } = row;
  return (
    <>
      <Chevron expanded={row.expanded} />
      <span className={styles.colorBar} style={{ backgroundColor: axis.color }} aria-hidden />
      <span className={styles.stack}>
        <span className={styles.axisTitle}>{axis.title}</span>
        <span className={styles.meta}>{t('roadmap.axisMeta', { count: row.shown, late: axis.counts.late, blocked: axis.counts.blocked })}</span>
      </span>
      <ProgressValue value={axis.progress} />
      <span className={mergeClasses(styles.meta, styles.wide)}>{t('roadmap.stormyCount', { count: axis.counts.weather.stormy })}</span>
    </>
  );
}

/** An engagement: reference, title, lead elected official, status, progress. */
export function CommitmentRowContent({ row, directory }: { row: RowOf<'commitment'>; directory: Directory }) {
  const styles = useRoadmapTreeStyles();
  const { t } = useTranslation();
  const { commitment } = row;
  return (
    <>
      <Chevron expanded={row.expanded} />
      <span className={styles.reference}>{commitment.reference}</span>
      <span className={styles.stack}>
        <span className={styles.title}>{commitment.title}</span>
        <span className={styles.meta}>
          {t('roadmap.commitmentMeta', { count: row.shown, lead: directory.personName(commitment.leadPersonId) ?? t('common.none') })}
        </span>
      </span>
      <CommitmentStatusBadge status={commitment.status} />
      <ProgressValue value={commitment.progress} />
      <span className={mergeClasses(styles.meta, styles.wide)}>
        {commitment.counts.late > 0 ? t('roadmap.lateCount', { count: commitment.counts.late }) : ''}
      </span>
    </>
  );
}

/** An action: title (link), owner, service, status, progress, météo, trend, due date and lateness. */
export function ActionRowContent({ row, directory }: { row: RowOf<'action'>; directory: Directory }) {
  const styles = useRoadmapTreeStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { action } = row.item;
  return (
    <>
      <span className={styles.stack}>
        <a className={styles.actionTitle} href={hrefOf(paths.action(action.id))} tabIndex={-1}>
          {action.title}
        </a>
        <span className={styles.meta}>{directory.personName(action.ownerPersonId) ?? t('common.noOwner')}</span>
      </span>
      <span className={mergeClasses(styles.meta, styles.wide)}>{directory.serviceName(action.serviceId) ?? t('common.noService')}</span>
      <span>
        <ActionStatusBadge status={action.status} />
      </span>
      <ProgressValue value={action.progress} />
      <WeatherLabel weather={action.weather} iconOnly />
      <span>
        <TrendLabel trend={action.trend} iconOnly />
      </span>
      <span className={mergeClasses(styles.stack, styles.wide)}>
        <span className={styles.meta}>{action.effectiveDueDate ? format.dateShort(action.effectiveDueDate) : t('roadmap.noDueDate')}</span>
        {action.late && <span className={mergeClasses(styles.meta, styles.lateMeta)}>{t('late.short', { count: action.daysLate })}</span>}
      </span>
    </>
  );
}
