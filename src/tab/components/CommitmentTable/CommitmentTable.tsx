import { Button, mergeClasses } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/read-models';
import type { CommitmentNode } from '../../api/read-models';
import type { Directory } from '../../data/hooks/use-directory';
import { commitmentEditScope } from '../../model/permissions';
import { ProgressValue } from '../ProgressValue/ProgressValue';
import { CommitmentStatusBadge } from '../StatusBadge/StatusBadge';
import { useCommitmentTableStyles } from './CommitmentTable.styles';

export interface CommitmentTableProps {
  caption: string;
  commitments: CommitmentNode[];
  directory: Directory;
  me: Me | undefined;
  onEdit: (commitment: CommitmentNode) => void;
}

/** Engagements of an axis: status, progress, lead elected official and the public justification of a gap. */
export function CommitmentTable({ caption, commitments, directory, me, onEdit }: CommitmentTableProps) {
  const styles = useCommitmentTableStyles();
  const { t } = useTranslation();
  return (
    <table className={styles.table}>
      <caption className={mergeClasses(styles.head, styles.cell)}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.ref)}>{t('fields.reference')}</th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head)}>{t('commitments.commitment')}</th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.col)}>{t('fields.leadPersonId')}</th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.col)}>{t('fields.status')}</th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.progress)}>{t('fields.progress')}</th>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.actions)}>
            <span>{t('commitments.actionsColumn')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {commitments.map((c) => {
          const scope = commitmentEditScope(me, c);
          return (
            <tr key={c.id} data-commitment={c.id}>
              <td className={mergeClasses(styles.cell, styles.ref)}>{c.reference}</td>
              <th scope="row" className={styles.cell}>
                <span className={styles.title}>{c.title}</span>
                {c.gapJustification && (
                  <p className={styles.gap}>
                    <span className={styles.gapLabel}>{t('fields.gapJustification')}</span>
                    {t('history.colon')}
                    {c.gapJustification}
                  </p>
                )}
              </th>
              <td className={styles.cell}>{directory.personName(c.leadPersonId) ?? t('common.none')}</td>
              <td className={styles.cell}>
                <CommitmentStatusBadge status={c.status} />
              </td>
              <td className={styles.cell}>
                <ProgressValue value={c.progress} />
              </td>
              <td className={styles.cell}>
                {scope !== 'none' && (
                  <Button size="small" icon={<Edit20Regular />} onClick={() => onEdit(c)} aria-label={t('commitments.editLabel', { reference: c.reference })}>
                    {t('common.edit')}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
