import { ArrowSortDown20Regular, ArrowSortUp20Regular, ArrowSort20Regular } from '@fluentui/react-icons';
import type { Sort, SortKey } from '../../model/roadmap-sort';
import { useRoadmapTableStyles } from './RoadmapTable.styles';

export interface SortHeaderProps {
  column: SortKey;
  label: string;
  sort: Sort;
  onSort: (column: SortKey) => void;
}

/** A column header that sorts the table (aria-sort tells which column and which way). */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const styles = useRoadmapTableStyles();
  const active = sort.key === column;
  const Icon = !active ? ArrowSort20Regular : sort.direction === 'ascending' ? ArrowSortUp20Regular : ArrowSortDown20Regular;
  return (
    <div role="columnheader" className={styles.headerCell} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
        {label}
        <Icon aria-hidden />
      </button>
    </div>
  );
}
