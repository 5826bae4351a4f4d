import { Button, mergeClasses } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/records';
import type { Directory } from '../../data/hooks/use-directory';
import { useAdminTableStyles } from './admin-table.styles';

/** Services and directorates: code, parent, head; each with an edit button. */
export function ServiceAdminTable({ services, directory, onEdit }: { services: Service[]; directory: Directory; onEdit: (s: Service) => void }) {
  const styles = useAdminTableStyles();
  const { t } = useTranslation();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table}>
      <caption className={head}>{t('admin.servicesCaption', { count: services.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('fields.name')}</th>
          <th scope="col" className={head}>{t('fields.code')}</th>
          <th scope="col" className={head}>{t('fields.parentId')}</th>
          <th scope="col" className={head}>{t('fields.headPersonId')}</th>
          <th scope="col" className={mergeClasses(head, styles.editColumn)}>{t('common.edit')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.id}>
            <th scope="row" className={styles.cell}>{s.name}</th>
            <td className={styles.cell}>{s.code ?? ''}</td>
            <td className={styles.cell}>{directory.serviceName(s.parentId) ?? ''}</td>
            <td className={styles.cell}>{directory.personName(s.headPersonId) ?? t('common.none')}</td>
            <td className={styles.cell}>
              <Button size="small" icon={<Edit20Regular />} onClick={() => onEdit(s)} aria-label={t('admin.editService', { name: s.name })}>
                {t('common.edit')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
