import { mergeClasses } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { Directory } from '../../data/hooks/use-directory';
import type { TreeRow } from '../../model/roadmap-tree';
import { ROW_HEIGHT, useRoadmapTreeStyles } from './RoadmapTree.styles';
import { ActionRowContent, AxisRowContent, CommitmentRowContent } from './TreeRows';
import { useRovingFocus } from './use-roving-focus';

export interface RoadmapTreeProps {
  rows: TreeRow[];
  label: string;
  directory: Directory;
  onToggle: (key: string) => void;
  onOpenAction: (id: string) => void;
}

const parentIndex = (rows: TreeRow[], index: number): number => {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i -= 1) if ((rows[i]?.level ?? 1) < level) return i;
  return index;
};

/** The tree axes → engagements → actions, virtualised (only the visible rows are in the page), keyboard-navigable. */
export function RoadmapTree({ rows, label, directory, onToggle, onOpenAction }: RoadmapTreeProps) {
  const styles = useRoadmapTreeStyles();
  const container = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => container.current,
    estimateSize: (i) => ROW_HEIGHT[rows[i]?.kind ?? 'action'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const roving = useRovingFocus(container, rows.length, scrollToIndex, (i) => `[data-index="${i}"]`);
  const items = virtualizer.getVirtualItems();
  // When the active row has scrolled out of the rendered window, the first rendered row keeps the tree reachable by Tab.
  const tabbable = items.some((i) => i.index === roving.active) ? roving.active : items[0]?.index;

  const activate = (row: TreeRow) => {
    if (row.kind === 'action') onOpenAction(row.item.action.id);
    else onToggle(row.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = roving.current();
    const row = rows[index];
    if (!row) return;
    const pageSize = Math.max(1, Math.floor((container.current?.clientHeight ?? 520) / ROW_HEIGHT.action) - 1);
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          return roving.moveTo(index + 1), true;
        case 'ArrowUp':
          return roving.moveTo(index - 1), true;
        case 'PageDown':
          return roving.moveTo(index + pageSize), true;
        case 'PageUp':
          return roving.moveTo(index - pageSize), true;
        case 'Home':
          return roving.moveTo(0), true;
        case 'End':
          return roving.moveTo(rows.length - 1), true;
        case 'ArrowRight':
          if (row.kind !== 'action' && !row.expanded) onToggle(row.key);
          else if (row.kind !== 'action') roving.moveTo(index + 1);
          return true;
        case 'ArrowLeft':
          if (row.kind !== 'action' && row.expanded) onToggle(row.key);
          else roving.moveTo(parentIndex(rows, index));
          return true;
        case 'Enter':
        case ' ':
          return activate(row), true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  return (
    <div ref={container} className={styles.scroller} role="tree" aria-label={label} onKeyDown={onKeyDown}>
      <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-row-kind={row.kind}
              role="treeitem"
              aria-level={row.level}
              aria-posinset={row.posInSet}
              aria-setsize={row.setSize}
              aria-expanded={row.kind === 'action' ? undefined : row.expanded}
              tabIndex={item.index === tabbable ? 0 : -1}
              className={mergeClasses(
                styles.row,
                row.kind === 'axis' && styles.axisRow,
                row.kind === 'commitment' && styles.commitmentRow,
                row.kind === 'action' && styles.actionRow,
              )}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onFocus={() => roving.setActive(item.index)}
              onClick={(event) => {
                // Let the browser follow a modified click on the title link (new tab); handle plain clicks here.
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                roving.setActive(item.index);
                activate(row);
              }}
            >
              {row.kind === 'axis' && <AxisRowContent row={row} />}
              {row.kind === 'commitment' && <CommitmentRowContent row={row} directory={directory} />}
              {row.kind === 'action' && <ActionRowContent row={row} directory={directory} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
