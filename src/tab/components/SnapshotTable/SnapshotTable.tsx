import { Button, mergeClasses } from '@fluentui/react-components';
import { ArrowSwap20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SnapshotDto } from '../../api/bilan';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';

export interface SnapshotTableProps {
  snapshots: SnapshotDto[];
  directory: Directory;
  onCompareWithToday: (snapshot: SnapshotDto) => void;
}

/** Snapshots, newest first: title, date, who took it, how much it holds; its bilan and a comparison with today. */
export function SnapshotTable({ snapshots, directory, onCompareWithToday }: SnapshotTableProps) {
  const styles = useBilanTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t('snapshots.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('snapshots.columns.title')}</th>
          <th scope="col" className={head}>{t('snapshots.columns.asOf')}</th>
          <th scope="col" className={head}>{t('snapshots.columns.takenAt')}</th>
          <th scope="col" className={head}>{t('snapshots.columns.takenBy')}</th>
          <th scope="col" className={mergeClasses(head, styles.number)}>{t('snapshots.columns.records')}</th>
          <th scope="col" className={mergeClasses(head, styles.tools)}>{t('snapshots.columns.tools')}</th>
        </tr>
      </thead>
      <tbody>
        {snapshots.map((s) => (
          <tr key={s.id} data-snapshot={s.id}>
            <th scope="row" className={styles.cell}>
              <RouterLink to={paths.bilan} query={{ snapshot: s.id }} aria-label={t('snapshots.viewBilanLabel', { title: s.title })}>
                {s.title}
              </RouterLink>
            </th>
            <td className={styles.cell}>{format.date(s.asOf)}</td>
            <td className={styles.cell}>{format.dateTime(s.takenAt)}</td>
            <td className={styles.cell}>{directory.personName(s.takenBy) ?? s.takenBy}</td>
            <td className={mergeClasses(styles.cell, styles.number)}>{format.number(Object.values(s.counts).reduce((a, b) => a + b, 0))}</td>
            <td className={mergeClasses(styles.cell, styles.tools)}>
              <Button size="small" icon={<ArrowSwap20Regular />} onClick={() => onCompareWithToday(s)} aria-label={t('snapshots.compareTodayLabel', { title: s.title })}>
                {t('snapshots.compareToday')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
