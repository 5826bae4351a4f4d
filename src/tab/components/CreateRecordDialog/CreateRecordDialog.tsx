import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClosingDialog } from '../../hooks/use-closing-dialog';
import { ApiError, ValidationError } from '../../api/api-error';
import type { EntityKind } from '../../api/enums';
import type { RecordMeta } from '../../api/records';
import { useRecordWriter } from '../../data/hooks/use-save';
import { parseField, type Draft, type FieldSpec } from '../../model/record-draft';
import { useRecordDialogStyles } from '../EditRecordDialog/EditRecordDialog.styles';
import { ErrorState } from '../ErrorState/ErrorState';
import { FormField, type ChoiceOption } from '../FormField/FormField';
import { fieldLabel } from '../HistoryTimeline/describe-value';

export interface CreateRecordDialogProps {
  kind: EntityKind;
  title: string;
  fields: readonly FieldSpec[];
  initial?: Draft;
  options?: Record<string, ChoiceOption[]>;
  wideFields?: ReadonlySet<string>;
  hints?: Record<string, string>;
  /** Called with the stored record once the API has created it (before the dialog closes). */
  onCreated?: (record: RecordMeta & { id: string }) => void;
  onClose: () => void;
}

/** Creates a record from a form in a dialog; the API's field messages show under each field. */
export function CreateRecordDialog({ kind, title, fields, initial = {}, options = {}, wideFields, hints = {}, onCreated, onClose }: CreateRecordDialogProps) {
  const styles = useRecordDialogStyles();
  const { t } = useTranslation();
  const writer = useRecordWriter();
  const dialog = useClosingDialog(onClose);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const body: Record<string, unknown> = {};
    const local: Record<string, string> = {};
    for (const spec of fields) {
      const value = parseField(spec, draft[spec.name] ?? '');
      if (spec.required && (value === undefined || (Array.isArray(value) && value.length === 0))) local[spec.name] = t('form.required');
      else if (typeof value === 'number' && Number.isNaN(value)) local[spec.name] = t('form.number');
      else if (value !== undefined) body[spec.name] = value;
    }
    setErrors(local);
    setFailure(undefined);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      const created = await writer.create(kind, body);
      onCreated?.(created);
      dialog.close();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.messagesByField());
      else setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={dialog.open} surfaceMotion={dialog.surfaceMotion} modalType="modal" onOpenChange={(_e, data) => !data.open && dialog.close()}>
      <DialogSurface className={styles.surface}>
        <form
          // Required fields are checked here, with messages beside them in the UI language, not by the browser.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {failure && <ErrorState error={failure} />}
              <div className={styles.grid}>
                {fields.map((spec) => (
                  <FormField
                    key={spec.name}
                    className={wideFields?.has(spec.name) ? styles.wide : undefined}
                    spec={spec}
                    label={fieldLabel(t, spec.name)}
                    value={draft[spec.name] ?? ''}
                    onChange={(value) => setDraft((d) => ({ ...d, [spec.name]: value }))}
                    error={errors[spec.name]}
                    hint={hints[spec.name]}
                    options={options[spec.name]}
                  />
                ))}
              </div>
            </DialogContent>
            <DialogActions>
              <Button onClick={dialog.close}>{t('common.cancel')}</Button>
              <Button type="submit" appearance="primary" disabled={saving}>
                {saving ? t('common.saving') : t('common.add')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
