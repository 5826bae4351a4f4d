import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import type { IndexedAction } from '../../model/roadmap-index';
import type { Sort, SortKey } from '../../model/roadmap-sort';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { ProgressValue } from '../ProgressValue/ProgressValue';
import { ActionStatusBadge } from '../StatusBadge/StatusBadge';
import { WeatherLabel } from '../WeatherLabel/WeatherLabel';
import { TABLE_ROW_HEIGHT, useRoadmapTableStyles } from './RoadmapTable.styles';
import { SortHeader } from './SortHeader';

export interface RoadmapTableProps {
  items: IndexedAction[];
  label: string;
  sort: Sort;
  onSort: (column: SortKey) => void;
  directory: Directory;
}

const COLUMNS: { key: SortKey; label: 'title' | 'axis' | 'serviceId' | 'ownerPersonId' | 'status' | 'progress' | 'weather' | 'dueDate' }[] = [
  { key: 'title', label: 'title' },
  { key: 'axis', label: 'axis' },
  { key: 'service', label: 'serviceId' },
  { key: 'owner', label: 'ownerPersonId' },
  { key: 'status', label: 'status' },
  { key: 'progress', label: 'progress' },
  { key: 'weather', label: 'weather' },
  { key: 'due', label: 'dueDate' },
];

/** The filtered actions as a sortable table, virtualised; row and column counts exposed to assistive technologies. */
export function RoadmapTable({ items, label, sort, onSort, directory }: RoadmapTableProps) {
  const styles = useRoadmapTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => TABLE_ROW_HEIGHT,
    getItemKey: (i) => items[i]?.action.id ?? i,
    overscan: 10,
  });
  return (
    <div ref={scroller} className={styles.scroller}>
      <div role="table" aria-label={label} aria-rowcount={items.length + 1} aria-colcount={COLUMNS.length} className={styles.table}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={styles.header}>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} column={c.key} label={t(`fields.${c.label}`)} sort={sort} onSort={onSort} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const entry = items[v.index];
            if (!entry) return null;
            const { action, axis, commitment } = entry;
            return (
              <div key={v.key} role="row" aria-rowindex={v.index + 2} data-row-kind="action" className={styles.row} style={{ transform: `translateY(${v.start}px)` }}>
                <div role="cell" className={styles.cell}>
                  <RouterLink to={paths.action(action.id)} className={styles.link}>
                    {action.title}
                  </RouterLink>
                </div>
                <div role="cell" className={styles.cell}>
                  <span className={styles.stack}>
                    <span className={styles.meta}>{axis.title}</span>
                    <span className={styles.meta}>{`${commitment.reference} ${commitment.title}`}</span>
                  </span>
                </div>
                <div role="cell" className={styles.cell}>{directory.serviceName(action.serviceId) ?? t('common.noService')}</div>
                <div role="cell" className={styles.cell}>{directory.personName(action.ownerPersonId) ?? t('common.noOwner')}</div>
                <div role="cell" className={styles.cell}>
                  <ActionStatusBadge status={action.status} />
                </div>
                <div role="cell" className={styles.cell}>
                  <ProgressValue value={action.progress} />
                </div>
                <div role="cell" className={styles.cell}>
                  <WeatherLabel weather={action.weather} />
                </div>
                <div role="cell" className={styles.cell}>
                  <span className={styles.stack}>
                    <span>{format.dateShort(action.effectiveDueDate)}</span>
                    {action.late && <span className={styles.late}>{t('late.short', { count: action.daysLate })}</span>}
                  </span>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
