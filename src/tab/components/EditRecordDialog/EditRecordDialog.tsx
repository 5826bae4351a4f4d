import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useClosingDialog } from '../../hooks/use-closing-dialog';
import type { EntityKind } from '../../api/enums';
import type { RecordMeta } from '../../api/records';
import { useRecordEditor } from '../../data/editing/use-record-editor';
import { useFormat } from '../../i18n/use-format';
import type { Draft, FieldSpec } from '../../model/record-draft';
import { ConflictPanel } from '../ConflictPanel/ConflictPanel';
import { ErrorState } from '../ErrorState/ErrorState';
import { FormField, type ChoiceOption } from '../FormField/FormField';
import { fieldLabel } from '../HistoryTimeline/describe-value';
import { useRecordDialogStyles } from './EditRecordDialog.styles';

export interface EditRecordDialogProps<T extends RecordMeta & { id: string }> {
  kind: EntityKind;
  record: T;
  title: string;
  fields: readonly FieldSpec[];
  options?: Record<string, ChoiceOption[]>;
  /** Fields this user may not change (shown read-only). */
  readOnlyFields?: ReadonlySet<string>;
  wideFields?: ReadonlySet<string>;
  hints?: Record<string, string>;
  validate?: (draft: Draft) => Record<string, string>;
  describe: (field: string, value: string) => string;
  onClose: () => void;
}

/** Edits a record in a dialog: only changed fields are sent, with If-Match; a conflict shows their version. */
export function EditRecordDialog<T extends RecordMeta & { id: string }>(props: EditRecordDialogProps<T>) {
  const { kind, record, title, fields, options = {}, readOnlyFields, wideFields, hints = {}, validate, describe, onClose } = props;
  const styles = useRecordDialogStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const dialog = useClosingDialog(onClose);
  const editor = useRecordEditor<T>(kind, record, fields, validate);
  const dirty = new Set(editor.dirty);
  const submit = async () => {
    await editor.save();
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
              {editor.conflict && editor.base && (
                <ConflictPanel
                  fields={fields}
                  base={editor.base}
                  theirs={editor.conflict}
                  draft={editor.draft}
                  labelOf={(f) => fieldLabel(t, f)}
                  describe={describe}
                  when={format.dateTime(editor.conflict.updatedAt)}
                  onReapply={editor.reapplyMine}
                  onDiscard={editor.discardMine}
                />
              )}
              {editor.error && <ErrorState error={editor.error} />}
              {editor.saved && editor.dirty.length === 0 && <span role="status">{t('common.saved')}</span>}
              <div className={styles.grid}>
                {fields.map((spec) => (
                  <FormField
                    key={spec.name}
                    className={wideFields?.has(spec.name) ? styles.wide : undefined}
                    spec={spec}
                    label={fieldLabel(t, spec.name)}
                    value={editor.draft[spec.name] ?? ''}
                    onChange={(value) => editor.setField(spec.name, value)}
                    readOnly={readOnlyFields?.has(spec.name)}
                    error={editor.fieldErrors[spec.name]}
                    hint={hints[spec.name]}
                    changed={dirty.has(spec.name)}
                    options={options[spec.name]}
                  />
                ))}
              </div>
            </DialogContent>
            <DialogActions>
              <Button onClick={dialog.close}>{t('common.close')}</Button>
              <Button type="submit" appearance="primary" disabled={editor.dirty.length === 0 || editor.saving || editor.conflict !== undefined}>
                {editor.saving ? t('common.saving') : t('common.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
