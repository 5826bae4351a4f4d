import { Button, mergeClasses } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/records';
import type { Directory } from '../../data/hooks/use-directory';
import { useAdminTableStyles } from '../ServiceAdminTable/admin-table.styles';

/** People: role, job title, e-mail, services; each with an edit button. */
export function PeopleAdminTable({ people, directory, onEdit }: { people: Person[]; directory: Directory; onEdit: (p: Person) => void }) {
  const styles = useAdminTableStyles();
  const { t } = useTranslation();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table}>
      <caption className={head}>{t('admin.peopleCaption', { count: people.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('fields.displayName')}</th>
          <th scope="col" className={head}>{t('fields.role')}</th>
          <th scope="col" className={head}>{t('fields.serviceIds')}</th>
          <th scope="col" className={head}>{t('fields.email')}</th>
          <th scope="col" className={mergeClasses(head, styles.editColumn)}>{t('common.edit')}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id} data-person={p.id}>
            <th scope="row" className={styles.cell}>
              {p.displayName}
              {p.jobTitle && <span className={styles.meta}>{p.jobTitle}</span>}
            </th>
            <td className={styles.cell}>{t(`roles.${p.role}`)}</td>
            <td className={styles.cell}>{p.serviceIds.map((id) => directory.serviceName(id) ?? id).join(', ')}</td>
            <td className={styles.cell}>{p.email ?? ''}</td>
            <td className={styles.cell}>
              <Button size="small" icon={<Edit20Regular />} onClick={() => onEdit(p)} aria-label={t('admin.editPerson', { name: p.displayName })}>
                {t('common.edit')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
