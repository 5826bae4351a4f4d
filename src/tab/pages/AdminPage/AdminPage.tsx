import { Button, Field, MessageBar, MessageBarBody, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { Panel } from '../../components/Panel/Panel';
import { PeopleAdminTable } from '../../components/PeopleAdminTable/PeopleAdminTable';
import { ServiceAdminTable } from '../../components/ServiceAdminTable/ServiceAdminTable';
import { useDirectory } from '../../data/hooks/use-directory';
import { useMe } from '../../data/hooks/use-me';
import { foldText } from '../../model/fold-text';
import { canAdminister, canChooseInternalFields, hasCapability } from '../../model/permissions';
import { AdminDialogs, type AdminDialog } from './AdminDialogs';
import { AuditPanel } from './AuditPanel';

// Administrators only, and below the fold: its checkboxes download with it.
const InternalFieldsPanel = lazy(() => import('../../components/InternalFieldsPanel/InternalFieldsPanel').then((m) => ({ default: m.InternalFieldsPanel })));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
});

const byName = <T extends { name?: string; displayName?: string }>(a: T, b: T) =>
  (a.name ?? a.displayName ?? '').localeCompare(b.name ?? b.displayName ?? '', 'fr');

/** Administration: services and their heads, people and their roles, internal fields, the audit log (administrators only). */
export function AdminPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const me = useMe();
  const directory = useDirectory();
  const [dialog, setDialog] = useState<AdminDialog | undefined>();
  const [q, setQ] = useState('');
  const services = useMemo(() => [...directory.services].sort(byName), [directory.services]);
  const people = useMemo(() => {
    const needle = foldText(q.trim());
    return [...directory.people]
      .filter((p) => !needle || foldText(`${p.displayName} ${p.jobTitle ?? ''} ${p.email ?? ''}`).includes(needle))
      .sort(byName);
  }, [directory.people, q]);

  const header = <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />;
  if (!me.data) return <>{header}<LoadingState label={t('common.loading')} /></>;
  if (!canAdminister(me.data))
    return (
      <>
        {header}
        <MessageBar intent="warning">
          <MessageBarBody>{t('admin.forbidden')}</MessageBarBody>
        </MessageBar>
      </>
    );
  return (
    <div className={styles.stack}>
      {header}
      <Panel
        title={t('admin.services')}
        aside={
          <Button icon={<Add20Regular />} onClick={() => setDialog({ kind: 'newService' })}>
            {t('admin.newService')}
          </Button>
        }
      >
        <ServiceAdminTable services={services} directory={directory} onEdit={(service) => setDialog({ kind: 'editService', service })} />
      </Panel>
      <Panel
        title={t('admin.people')}
        aside={
          <Button icon={<Add20Regular />} onClick={() => setDialog({ kind: 'newPerson' })}>
            {t('admin.newPerson')}
          </Button>
        }
      >
        <div className={styles.tools} role="search" aria-label={t('admin.searchPeople')}>
          <Field label={t('admin.searchPeople')}>
            <SearchBox value={q} onChange={(_e, d) => setQ(d.value)} />
          </Field>
        </div>
        <PeopleAdminTable people={people} directory={directory} onEdit={(person) => setDialog({ kind: 'editPerson', person })} />
      </Panel>
      {canChooseInternalFields(me.data) && (
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <InternalFieldsPanel />
        </Suspense>
      )}
      {hasCapability(me.data, 'audit.read') && <AuditPanel directory={directory} />}
      <AdminDialogs dialog={dialog} directory={directory} onClose={() => setDialog(undefined)} />
    </div>
  );
}
