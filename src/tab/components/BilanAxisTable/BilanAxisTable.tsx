import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { BilanAxisDto, BilanCommitmentDto } from '../../api/bilan';
import { useFormat } from '../../i18n/use-format';
import { changeKey, type MidTermChanges } from '../../model/midterm-changes';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';
import { DeliveryBadge } from '../DeliveryBadge/DeliveryBadge';
import { MidTermBadge } from '../MidTermBadge/MidTermBadge';
import { ProgressValue } from '../ProgressValue/ProgressValue';
import { CommitmentStatusBadge } from '../StatusBadge/StatusBadge';

export interface BilanAxisTableProps {
  axis: BilanAxisDto;
  changes: MidTermChanges | undefined;
}

/** The commitments of one axis, promised against done: status, progress, actions, indicators, budget. */
export function BilanAxisTable({ axis, changes }: BilanAxisTableProps) {
  const styles = useBilanTableStyles();
  const { t } = useTranslation();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table} data-axis={axis.id}>
      <caption className={styles.caption}>{t('bilan.promised.caption', { axis: axis.title })}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('bilan.promised.columns.commitment')}</th>
          <th scope="col" className={head}>{t('bilan.promised.columns.status')}</th>
          <th scope="col" className={mergeClasses(head, styles.progress)}>{t('bilan.promised.columns.progress')}</th>
          <th scope="col" className={head}>{t('bilan.promised.columns.actions')}</th>
          <th scope="col" className={head}>{t('bilan.promised.columns.indicators')}</th>
          <th scope="col" className={head}>{t('bilan.promised.columns.budget')}</th>
        </tr>
      </thead>
      <tbody>
        {axis.commitments.map((c) => (
          <CommitmentRow key={c.id} commitment={c} changed={changes?.get(changeKey('commitment', c.id))} />
        ))}
      </tbody>
    </table>
  );
}

function CommitmentRow({ commitment: c, changed }: { commitment: BilanCommitmentDto; changed: readonly string[] | undefined }) {
  const styles = useBilanTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const lag =
    c.lag === undefined || c.delivery === 'done'
      ? undefined
      : c.lag > 0
        ? t('bilan.promised.lagBehind', { points: format.number(c.lag, 0) })
        : t('bilan.promised.lagAhead', { points: format.number(-c.lag, 0) });
  return (
    <tr data-commitment={c.id}>
      <th scope="row" className={styles.cell}>
        <span className={styles.rowTitle}>{`${c.reference} ${c.title}`}</span>
        <span className={styles.badges}>
          <MidTermBadge fields={changed} />
        </span>
      </th>
      <td className={styles.cell}>
        <span className={styles.badges}>
          <CommitmentStatusBadge status={c.status} />
          {/* Revised, abandoned or done: the status says it already. */}
          {c.delivery !== c.status && <DeliveryBadge delivery={c.delivery} />}
        </span>
        {lag && <span className={styles.meta}>{lag}</span>}
      </td>
      <td className={styles.cell} data-progress={c.progress ?? ''}>
        <ProgressValue value={c.progress} />
      </td>
      <td className={styles.cell} data-actions>
        {c.actions.total === 0
          ? t('bilan.promised.noAction')
          : t('bilan.promised.actionsCell', { done: c.actions.done, inProgress: c.actions.inProgress, late: c.actions.late, notStarted: c.actions.notStarted })}
      </td>
      <td className={styles.cell} data-indicators>
        {c.indicators.total === 0
          ? t('bilan.promised.noIndicator')
          : t('bilan.promised.indicatorsCell', { reached: c.indicators.reached, onTrack: c.indicators.onTrack, behind: c.indicators.behind })}
      </td>
      <td className={styles.cell} data-budget>
        {c.budget.planned > 0 || c.budget.spent > 0
          ? t('bilan.promised.budgetCell', { spent: format.euros(c.budget.spent), planned: format.euros(c.budget.planned) })
          : t('bilan.promised.noBudget')}
        {c.budget.consumption !== undefined && <span className={styles.meta}>{format.percent(c.budget.consumption / 100)}</span>}
      </td>
    </tr>
  );
}
