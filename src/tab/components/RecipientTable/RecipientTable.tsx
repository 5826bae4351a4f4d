import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientRow } from '../../api/campaigns';
import { useFormat } from '../../i18n/use-format';
import { DeliveryStateBadge } from './DeliveryStateBadge';
import { RECIPIENT_ROW_HEIGHT, RECIPIENT_TABLE_MAX_HEIGHT, useRecipientTableStyles } from './RecipientTable.styles';

const COLUMNS = ['name', 'services', 'state', 'detail', 'attempts', 'sentAt', 'answeredAt'] as const;

/** The recipients of a campaign and where each stands; virtualised (an audience can be thousands of people). */
export function RecipientTable({ rows, label, scrollLabel }: { rows: RecipientRow[]; label: string; scrollLabel: string }) {
  const styles = useRecipientTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => RECIPIENT_ROW_HEIGHT,
    getItemKey: (i) => rows[i]?.deliveryId ?? i,
    overscan: 8,
  });
  const height = Math.min(RECIPIENT_TABLE_MAX_HEIGHT, (rows.length + 1) * RECIPIENT_ROW_HEIGHT);
  const detail = (r: RecipientRow): string | undefined => {
    if (r.failure) return t(`deliveryFailure.${r.failure}`);
    if (r.nextSendAt) return t('recipients.nextSend', { date: format.dateTime(r.nextSendAt) });
    return undefined;
  };
  return (
    // Focusable so that keyboard users can scroll a long list.
    <div ref={scroller} className={styles.scroller} style={{ height }} tabIndex={0} role="region" aria-label={scrollLabel}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={styles.table}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={styles.header}>
            {COLUMNS.map((c) => (
              <div key={c} role="columnheader" className={styles.headerCell}>
                {t(`recipients.columns.${c}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const r = rows[v.index];
            if (!r) return null;
            return (
              <div
                key={v.key}
                role="row"
                aria-rowindex={v.index + 2}
                data-recipient={r.personId}
                data-state={r.state}
                className={styles.row}
                style={{ transform: `translateY(${v.start}px)` }}
              >
                <div role="rowheader" className={styles.cell}>
                  <span className={styles.text}>{r.displayName}</span>
                  {r.email && <span className={styles.meta}>{r.email}</span>}
                </div>
                <div role="cell" className={styles.cell}>
                  <span className={styles.text} title={r.services.join(', ')}>
                    {r.services.join(', ')}
                  </span>
                </div>
                <div role="cell" className={styles.cell}>
                  <DeliveryStateBadge state={r.late && r.state === 'sent' ? 'late' : r.state} />
                </div>
                <div role="cell" className={styles.cell}>
                  <span className={styles.text}>{detail(r) ?? ''}</span>
                  {r.lastError && <span className={styles.meta} title={r.lastError}>{r.lastError}</span>}
                </div>
                <div role="cell" className={styles.cell}>{format.number(r.attempts)}</div>
                <div role="cell" className={styles.cell}>{r.sentAt ? format.dateTime(r.sentAt) : '—'}</div>
                <div role="cell" className={styles.cell}>{r.answeredAt ? format.dateTime(r.answeredAt) : '—'}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
