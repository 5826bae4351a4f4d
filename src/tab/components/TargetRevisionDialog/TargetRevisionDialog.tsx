import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClosingDialog } from '../../hooks/use-closing-dialog';
import { ApiError, ValidationError, VersionConflictError } from '../../api/api-error';
import type { Indicator } from '../../api/records';
import { useRecord } from '../../data/hooks/use-record';
import { useRecordWriter } from '../../data/hooks/use-save';
import { useFormat } from '../../i18n/use-format';
import { parseField } from '../../model/record-draft';
import { withRevisionNote } from '../../model/second-half';
import { useRecordDialogStyles } from '../EditRecordDialog/EditRecordDialog.styles';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

export interface TargetRevisionDialogProps {
  indicatorId: string;
  name: string;
  /** The date the revision is made (the server's today). */
  today: string;
  onRevised: () => void;
  onClose: () => void;
}

const NUMBER = { name: 'targetValue', kind: 'number' } as const;

/** Revises an indicator's target and date with a reason: the reason joins the description, the change the history. */
export function TargetRevisionDialog({ indicatorId, name, today, onRevised, onClose }: TargetRevisionDialogProps) {
  const styles = useRecordDialogStyles();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const record = useRecord<Indicator>('indicator', indicatorId);
  const writer = useRecordWriter();
  const dialog = useClosingDialog(onClose);
  const indicator = record.data;
  const [value, setValue] = useState<string | undefined>();
  const [date, setDate] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [saving, setSaving] = useState(false);
  const shownValue = value ?? (indicator ? String(indicator.targetValue) : '');
  const shownDate = date ?? indicator?.targetDate ?? '';

  const submit = async () => {
    if (!indicator) return;
    const target = parseField(NUMBER, shownValue);
    const local: Record<string, string> = {};
    if (target === undefined) local.targetValue = t('form.required');
    else if (typeof target !== 'number' || Number.isNaN(target)) local.targetValue = t('form.number');
    if (!shownDate) local.targetDate = t('form.required');
    if (!reason.trim()) local.reason = t('secondHalf.reasonRequired');
    if (typeof target === 'number' && target === indicator.targetValue && shownDate === indicator.targetDate) local.targetValue = t('secondHalf.unchanged');
    setErrors(local);
    setFailure(undefined);
    if (Object.keys(local).length > 0 || typeof target !== 'number') return;
    // The note is part of the record, which the commune keeps (and publishes) in French whatever the UI language.
    const fr = i18n.getFixedT('fr');
    const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    const day = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const note = fr('secondHalf.revisionNote', {
      date: day(today),
      from: `${number.format(indicator.targetValue)} ${indicator.unit} (${day(indicator.targetDate)})`,
      to: `${number.format(target)} ${indicator.unit} (${day(shownDate)})`,
      reason: reason.trim(),
    });
    setSaving(true);
    try {
      await writer.update<Indicator>('indicator', indicator.id, { targetValue: target, targetDate: shownDate, description: withRevisionNote(indicator.description, note) }, indicator.version);
      onRevised();
      dialog.close();
    } catch (error) {
      if (error instanceof VersionConflictError) {
        setFailure(new ApiError(412, 'conflict', t('secondHalf.conflict')));
        record.reload();
      } else if (error instanceof ValidationError) {
        const byField = error.messagesByField();
        const { targetValue, targetDate, ...rest } = byField;
        setErrors({ ...(targetValue ? { targetValue } : {}), ...(targetDate ? { targetDate } : {}), ...(rest.description ? { reason: rest.description } : {}) });
        const other = Object.entries(rest).filter(([field]) => field !== 'description');
        if (other.length > 0) setFailure(new ApiError(400, error.code, other.map(([, message]) => message).join(' ')));
      } else setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={dialog.open} surfaceMotion={dialog.surfaceMotion} modalType="modal" onOpenChange={(_e, data) => !data.open && dialog.close()}>
      <DialogSurface className={styles.surface}>
        <form
          // The messages are ours (in the UI language, beside each field), not the browser's.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('secondHalf.reviseTitle', { name })}</DialogTitle>
            <DialogContent className={styles.content}>
              {failure && <ErrorState error={failure} />}
              {indicator ? (
                <>
                  <p>{t('secondHalf.currentTarget', { value: `${format.number(indicator.targetValue)} ${indicator.unit}`, date: format.date(indicator.targetDate) })}</p>
                  <div className={styles.grid}>
                    <Field label={`${t('secondHalf.newTarget')} (${indicator.unit})`} required validationMessage={errors.targetValue} validationState={errors.targetValue ? 'error' : undefined}>
                      <Input type="number" inputMode="decimal" step="any" value={shownValue} onChange={(_e, d) => setValue(d.value)} />
                    </Field>
                    <Field label={t('secondHalf.newTargetDate')} required validationMessage={errors.targetDate} validationState={errors.targetDate ? 'error' : undefined}>
                      <Input type="date" value={shownDate} onChange={(_e, d) => setDate(d.value)} />
                    </Field>
                    <Field
                      className={styles.wide}
                      label={t('secondHalf.reason')}
                      required
                      hint={t('secondHalf.reasonHint')}
                      validationMessage={errors.reason}
                      validationState={errors.reason ? 'error' : undefined}
                    >
                      <Textarea value={reason} rows={3} resize="vertical" onChange={(_e, d) => setReason(d.value)} />
                    </Field>
                  </div>
                </>
              ) : record.error ? (
                <ErrorState error={record.error} onRetry={record.reload} />
              ) : (
                <LoadingState label={t('common.loading')} />
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={dialog.close}>{t('common.cancel')}</Button>
              <Button type="submit" appearance="primary" disabled={saving || !indicator}>
                {saving ? t('common.saving') : t('secondHalf.reviseButton')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
