import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TIME_USES, type BilanDto, type TimeUseCode } from '../../api/bilan';
import { useFormat } from '../../i18n/use-format';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';

type WorkingTime = BilanDto['workingTime'];

/** The 1,607 hours: hours freed per service and overall, and how they were used (hours and share of each use). */
export function WorkingTimeTable({ workingTime }: { workingTime: WorkingTime }) {
  const styles = useBilanTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const head = mergeClasses(styles.cell, styles.head);
  const number = mergeClasses(styles.cell, styles.number);
  const share = (hours: Record<TimeUseCode, number>, split: Record<TimeUseCode, number>, use: TimeUseCode) =>
    t('bilan.workingTime.share', { hours: format.number(hours[use], 0), percent: format.percent(split[use] / 100) });
  const { total } = workingTime;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t('bilan.workingTime.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('bilan.workingTime.service')}</th>
          <th scope="col" className={mergeClasses(head, styles.number)}>{t('bilan.workingTime.hoursFreed')}</th>
          {TIME_USES.map((use) => (
            <th key={use} scope="col" className={mergeClasses(head, styles.number)}>
              {t(`bilan.timeUse.${use}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {workingTime.services.map((s) => (
          <tr key={s.serviceId} data-service={s.serviceId}>
            <th scope="row" className={styles.cell}>{s.serviceName}</th>
            <td className={number}>{t('bilan.workingTime.hours', { hours: format.number(s.hoursFreed, 0) })}</td>
            {TIME_USES.map((use) => (
              <td key={use} className={number}>{share(s.hours, s.split, use)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-service="total">
          <th scope="row" className={mergeClasses(styles.cell, styles.total)}>{t('bilan.workingTime.overall')}</th>
          <td className={mergeClasses(number, styles.total)}>{t('bilan.workingTime.hours', { hours: format.number(total.hoursFreed, 0) })}</td>
          {TIME_USES.map((use) => (
            <td key={use} className={mergeClasses(number, styles.total)}>{share(total.hours, total.split, use)}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
