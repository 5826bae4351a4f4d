import { mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '../../api/campaigns';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { useAdminTableStyles } from '../ServiceAdminTable/admin-table.styles';

/** Audit entries, newest first: when, who (and their role then), what, on what, and a short account. */
export function AuditLogTable({ entries, directory }: { entries: AuditRecord[]; directory: Directory }) {
  const styles = useAdminTableStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const head = mergeClasses(styles.cell, styles.head);
  const kindLabel = (kind: string | undefined): string =>
    kind === undefined ? '' : kind === 'campaign' ? t('audit.campaignTarget') : t(`entityKind.${kind}` as 'entityKind.action', { defaultValue: kind });
  return (
    <table className={styles.table}>
      <caption className={head}>{t('audit.caption', { count: entries.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>{t('audit.columns.at')}</th>
          <th scope="col" className={head}>{t('audit.columns.actor')}</th>
          <th scope="col" className={head}>{t('audit.columns.action')}</th>
          <th scope="col" className={head}>{t('audit.columns.target')}</th>
          <th scope="col" className={head}>{t('audit.columns.summary')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-audit={e.action}>
            <td className={styles.cell}>{format.dateTime(e.at)}</td>
            <th scope="row" className={styles.cell}>
              {e.actorId === 'system' ? t('audit.system') : (directory.personName(e.actorId) ?? e.actorId)}
              {e.actorRole && <span className={styles.meta}>{t(`roles.${e.actorRole}` as 'roles.reader', { defaultValue: e.actorRole })}</span>}
            </th>
            <td className={styles.cell}>{t(`audit.actions.${e.action}`)}</td>
            <td className={styles.cell}>{e.targetId ? `${kindLabel(e.targetKind)} ${e.targetId}`.trim() : ''}</td>
            <td className={styles.cell}>{e.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
