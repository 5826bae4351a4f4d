import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { IndexedIndicator } from '../../model/roadmap-index';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { IndicatorStateBadge } from '../AchievementValue/AchievementValue';
import { IndicatorSparkline } from '../IndicatorSparkline/IndicatorSparkline';
import { INDICATOR_ROW_HEIGHT, useIndicatorTableStyles } from './IndicatorTable.styles';

const HEADERS = ['indicator', 'latest', 'target', 'achievement', 'state', 'trend'] as const;

/** Indicators with their latest value, target, achievement, state and a sparkline; virtualised. */
export function IndicatorTable({ items, label }: { items: IndexedIndicator[]; label: string }) {
  const styles = useIndicatorTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => INDICATOR_ROW_HEIGHT,
    getItemKey: (i) => items[i]?.indicator.id ?? i,
    overscan: 6,
  });
  return (
    <div ref={scroller} className={styles.scroller}>
      <div role="table" aria-label={label} aria-rowcount={items.length + 1} className={styles.table}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={styles.header}>
            {HEADERS.map((h) => (
              <div key={h} role="columnheader" className={styles.headerCell}>
                {t(`indicators.columns.${h}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const entry = items[v.index];
            if (!entry) return null;
            const { indicator: i, axis, action, commitment } = entry;
            const unit = (value: number | undefined, digits = 2) => `${format.number(value, digits)} ${i.unit}`;
            return (
              <div key={v.key} role="row" aria-rowindex={v.index + 2} data-indicator={i.id} className={styles.row} style={{ transform: `translateY(${v.start}px)` }}>
                <div role="cell" className={styles.cell}>
                  <RouterLink to={paths.indicator(i.id)} className={styles.name}>
                    {i.name}
                  </RouterLink>
                  <span className={styles.meta}>{`${axis.title} · ${action ? action.title : `${commitment.reference} ${commitment.title}`}`}</span>
                </div>
                <div role="cell" className={styles.cell}>
                  <span>{i.assessment.latest ? unit(i.assessment.latest.value) : t('indicators.noMeasure')}</span>
                  {i.assessment.latest && <span className={styles.meta}>{format.date(i.assessment.latest.date)}</span>}
                </div>
                <div role="cell" className={styles.cell}>
                  <span>{unit(i.targetValue)}</span>
                  <span className={styles.meta}>{format.date(i.targetDate)}</span>
                </div>
                <div role="cell" className={styles.cell}>{format.percent(i.assessment.achievement)}</div>
                <div role="cell" className={styles.cell}>
                  <span>
                    <IndicatorStateBadge state={i.assessment.state} />
                  </span>
                </div>
                <div role="cell" className={styles.cell}>
                  <IndicatorSparkline indicatorId={i.id} label={i.name} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
