import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '../../api/campaign-enums';
import type { AuditAction } from '../../api/campaigns';
import { AuditLogTable } from '../../components/AuditLogTable/AuditLogTable';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { Panel } from '../../components/Panel/Panel';
import { useAudit } from '../../data/hooks/use-audit';
import type { Directory } from '../../data/hooks/use-directory';
import { audit as auditStrings } from '../../i18n/locales/fr/audit';
import { addPageStrings } from '../../i18n/page-strings';

const useStyles = makeStyles({ tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalM } });

/** Journal d'audit: the latest sensitive actions (roles, campaigns, decisions, imports), filtered by action. */
export function AuditPanel({ directory }: { directory: Directory }) {
  addPageStrings(auditStrings);
  const styles = useStyles();
  const { t } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const audit = useAudit(action || undefined, true);
  return (
    <Panel title={t('audit.title')}>
      <div className={styles.tools}>
        <Field label={t('audit.filter')}>
          <Select value={action} onChange={(_e, d) => setAction(d.value as AuditAction | '')}>
            <option value="">{t('audit.all')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {audit.data ? (
        audit.data.length === 0 ? (
          <EmptyState>{t('audit.empty')}</EmptyState>
        ) : (
          <AuditLogTable entries={audit.data} directory={directory} />
        )
      ) : audit.error ? (
        <ErrorState error={audit.error} onRetry={audit.reload} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </Panel>
  );
}
