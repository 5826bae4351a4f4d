import { Badge } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/read-models';
import { useDirectory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { EmptyState } from '../EmptyState/EmptyState';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import { describeValue, fieldLabel, type ValueContext } from './describe-value';
import { useHistoryTimelineStyles } from './HistoryTimeline.styles';

export interface HistoryTimelineProps {
  entries: HistoryEntry[];
  /** What each entry is about (a link to the record), for timelines that mix records. */
  subjectOf?: (entry: HistoryEntry) => ReactNode;
  /** At most this many field changes per entry (the rest summarised). */
  maxChanges?: number;
  referenceLabel?: ValueContext['referenceLabel'];
}

/** Who changed what, when and from where, newest first: old → new per field. */
export function HistoryTimeline({ entries, subjectOf, maxChanges = 12, referenceLabel }: HistoryTimelineProps) {
  const styles = useHistoryTimelineStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const directory = useDirectory();
  if (entries.length === 0) return <EmptyState>{t('history.none')}</EmptyState>;
  return (
    <ol className={styles.list}>
      {entries.map((entry) => {
        const ctx: ValueContext = { t, format, directory, entityType: entry.entityType, referenceLabel };
        const changes = entry.operation === 'update' ? entry.changes : [];
        return (
          <li key={entry.id} className={styles.item}>
            <div className={styles.head}>
              <span className={styles.actor}>{entry.actor.name}</span>
              <span>{t(`history.operation.${entry.operation}`)}</span>
              {subjectOf?.(entry)}
            </div>
            <div className={styles.meta}>
              <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              {' · '}
              <Badge size="small" appearance="outline" color="informative">
                {t(`changeSource.${entry.source}`)}
              </Badge>
            </div>
            {changes.length > 0 && (
              <ul className={styles.changes}>
                {changes.slice(0, maxChanges).map((c) => (
                  <li key={c.field} className={styles.change}>
                    <span className={styles.field}>{fieldLabel(t, c.field)}</span>
                    {t('history.colon')}
                    <VisuallyHidden>{t('history.from')} </VisuallyHidden>
                    <span className={styles.old}>{describeValue(c.field, c.old, ctx)}</span>
                    <span aria-hidden> → </span>
                    <VisuallyHidden> {t('history.to')} </VisuallyHidden>
                    <span>{describeValue(c.field, c.new, ctx)}</span>
                  </li>
                ))}
                {changes.length > maxChanges && <li className={styles.more}>{t('history.moreChanges', { count: changes.length - maxChanges })}</li>}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
