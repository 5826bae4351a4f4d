import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Camera20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, ValidationError } from '../../api/api-error';
import type { SnapshotDto } from '../../api/bilan';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { useTakeSnapshot } from '../../data/hooks/use-bilan';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  title: { flexGrow: 1, minWidth: 'min(100%, 320px)' },
  submit: { marginTop: '26px' },
});

const total = (s: SnapshotDto): number => Object.values(s.counts).reduce((a, b) => a + b, 0);

/** Takes a snapshot: a title and a reference date (today by default); the API's field messages show beside the fields. */
export function TakeSnapshotForm({ today, onTaken }: { today: string; onTaken: (snapshot: SnapshotDto) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const take = useTakeSnapshot();
  const [title, setTitle] = useState('');
  const [asOf, setAsOf] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [taken, setTaken] = useState<SnapshotDto | undefined>();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (taken) status.current?.focus();
  }, [taken]);

  const submit = async () => {
    setFailure(undefined);
    setTaken(undefined);
    if (!title.trim()) return setErrors({ title: t('snapshots.titleRequired') });
    setErrors({});
    setBusy(true);
    try {
      const snapshot = await take({ title: title.trim(), ...(asOf ? { asOf } : {}) });
      setTaken(snapshot);
      setTitle('');
      setAsOf('');
      onTaken(snapshot);
    } catch (error) {
      if (error instanceof ValidationError && error.details.length > 0)
        setErrors(error.messagesByField());
      else setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      // The messages are ours (in the UI language, beside each field), not the browser's.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div ref={status} tabIndex={-1} role="status">
        {taken && (
          <MessageBar intent="success">
            <MessageBarBody>{t('snapshots.taken', { title: taken.title, count: total(taken) })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {failure && <ErrorState error={failure} />}
      <div className={styles.form}>
        <Field className={styles.title} label={t('snapshots.titleField')} required hint={t('snapshots.titleHint')} validationMessage={errors.title} validationState={errors.title ? 'error' : undefined}>
          <Input value={title} maxLength={200} onChange={(_e, d) => setTitle(d.value)} />
        </Field>
        <Field label={t('snapshots.asOf')} hint={t('snapshots.asOfHint')} validationMessage={errors.asOf} validationState={errors.asOf ? 'error' : undefined}>
          <Input type="date" value={asOf} max={today} onChange={(_e, d) => setAsOf(d.value)} />
        </Field>
        <Button className={styles.submit} type="submit" appearance="primary" icon={<Camera20Regular />} disabled={busy}>
          {busy ? t('snapshots.taking') : t('snapshots.takeButton')}
        </Button>
      </div>
    </form>
  );
}
