import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RefuseDialogProps {
  open: boolean;
  respondent: string;
  busy: boolean;
  /** The API's message about the reason, if it refused it. */
  error?: string;
  onRefuse: (reason: string) => void;
  onCancel: () => void;
}

/** Refusing a proposal asks for its reason (required: it is kept with the decision). */
export function RefuseDialog({ open, respondent, busy, error, onRefuse, onCancel }: RefuseDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const message = missing ? t('proposals.refuseDialog.required') : error;
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    onRefuse(reason.trim());
  };
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('proposals.refuseDialog.title')}</DialogTitle>
            <DialogContent>
              <p>{t('proposals.refuseDialog.intro', { name: respondent })}</p>
              <Field label={t('proposals.refuseDialog.reason')} required validationState={message ? 'error' : undefined} validationMessage={message}>
                <Textarea
                  value={reason}
                  resize="vertical"
                  rows={3}
                  maxLength={1000}
                  onChange={(_e, d) => {
                    setReason(d.value);
                    setMissing(false);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onCancel} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabled={busy}>
                {busy ? t('common.busy') : t('proposals.refuseDialog.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
