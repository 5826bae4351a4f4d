import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../api/enums';
import type { Person, Service } from '../../api/records';
import { CreateRecordDialog } from '../../components/CreateRecordDialog/CreateRecordDialog';
import { EditRecordDialog } from '../../components/EditRecordDialog/EditRecordDialog';
import { describeValue } from '../../components/HistoryTimeline/describe-value';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { PERSON_FIELDS, SERVICE_FIELDS } from '../../model/admin-fields';
import { parseField, type FieldSpec } from '../../model/record-draft';

export type AdminDialog =
  | { kind: 'editService'; service: Service }
  | { kind: 'editPerson'; person: Person }
  | { kind: 'newService' }
  | { kind: 'newPerson' };

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');

/** The dialog the administration page has open, if any. */
export function AdminDialogs({ dialog, directory, onClose }: { dialog: AdminDialog | undefined; directory: Directory; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useMemo(
    () => ({
      parentId: directory.services.map((s) => ({ value: s.id, label: s.name })).sort(byLabel),
      headPersonId: directory.people.map((p) => ({ value: p.id, label: p.displayName })).sort(byLabel),
      role: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
      serviceIds: directory.services.map((s) => ({ value: s.id, label: s.name })).sort(byLabel),
    }),
    [directory, t],
  );
  const describer = (fields: readonly FieldSpec[], entityType: string) => (field: string, text: string) => {
    const spec = fields.find((f) => f.name === field);
    return describeValue(field, spec ? parseField(spec, text) : text, { t, format, directory, entityType });
  };
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'editService':
      return (
        <EditRecordDialog
          kind="service"
          record={dialog.service}
          title={t('admin.editService', { name: dialog.service.name })}
          fields={SERVICE_FIELDS}
          options={{ ...options, parentId: options.parentId.filter((o) => o.value !== dialog.service.id) }}
          describe={describer(SERVICE_FIELDS, 'service')}
          onClose={onClose}
        />
      );
    case 'editPerson':
      return (
        <EditRecordDialog
          kind="person"
          record={dialog.person}
          title={t('admin.editPerson', { name: dialog.person.displayName })}
          fields={PERSON_FIELDS}
          options={options}
          wideFields={new Set(['serviceIds'])}
          describe={describer(PERSON_FIELDS, 'person')}
          onClose={onClose}
        />
      );
    case 'newService':
      return <CreateRecordDialog kind="service" title={t('admin.newService')} fields={SERVICE_FIELDS} options={options} onClose={onClose} />;
    case 'newPerson':
      return (
        <CreateRecordDialog
          kind="person"
          title={t('admin.newPerson')}
          fields={PERSON_FIELDS}
          initial={{ role: 'reader' }}
          options={options}
          wideFields={new Set(['serviceIds'])}
          onClose={onClose}
        />
      );
  }
}
