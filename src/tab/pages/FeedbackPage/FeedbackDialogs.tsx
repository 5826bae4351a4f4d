import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS } from '../../api/bilan';
import type { Commitment, Feedback, RecordMeta } from '../../api/records';
import { CreateRecordDialog } from '../../components/CreateRecordDialog/CreateRecordDialog';
import { EditRecordDialog } from '../../components/EditRecordDialog/EditRecordDialog';
import { describeValue } from '../../components/HistoryTimeline/describe-value';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { FEEDBACK_FIELDS, FEEDBACK_WIDE_FIELDS } from '../../model/feedback-fields';
import { parseField } from '../../model/record-draft';

export type FeedbackDialog = { kind: 'new' } | { kind: 'edit'; item: Feedback };

export interface FeedbackDialogsProps {
  dialog: FeedbackDialog | undefined;
  commitments: Commitment[];
  directory: Directory;
  today: string;
  onCreated: (record: RecordMeta & { id: string }) => void;
  onClose: () => void;
}

/** The dialog the Retours page has open: a new record, or one being edited (with If-Match and conflicts). */
export function FeedbackDialogs({ dialog, commitments, directory, today, onCreated, onClose }: FeedbackDialogsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useMemo(
    () => ({
      kind: FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedbackKind.${k}`) })),
      commitmentIds: commitments.map((c) => ({ value: c.id, label: `${c.reference} ${c.title}` })),
    }),
    [t, commitments],
  );
  const hints = useMemo(() => ({ themes: t('feedback.themesHint') }), [t]);
  const describe = useCallback(
    (field: string, text: string) => {
      const spec = FEEDBACK_FIELDS.find((f) => f.name === field);
      const value = spec ? parseField(spec, text) : text;
      if (field === 'kind' && typeof value === 'string') return t(`feedbackKind.${value}` as 'feedbackKind.other', { defaultValue: value });
      if (field === 'commitmentIds' && Array.isArray(value)) return value.map((id) => options.commitmentIds.find((o) => o.value === id)?.label ?? id).join(' ; ');
      return describeValue(field, value, { t, format, directory, entityType: 'feedback' });
    },
    [t, format, directory, options],
  );
  if (!dialog) return null;
  if (dialog.kind === 'new')
    return (
      <CreateRecordDialog
        kind="feedback"
        title={t('feedback.newTitle')}
        fields={FEEDBACK_FIELDS}
        initial={{ kind: 'citizen_workshop', date: today }}
        options={options}
        wideFields={FEEDBACK_WIDE_FIELDS}
        hints={hints}
        onCreated={onCreated}
        onClose={onClose}
      />
    );
  return (
    <EditRecordDialog
      kind="feedback"
      record={dialog.item}
      title={t('feedback.editTitle', { title: dialog.item.title })}
      fields={FEEDBACK_FIELDS}
      options={options}
      wideFields={FEEDBACK_WIDE_FIELDS}
      hints={hints}
      describe={describe}
      onClose={onClose}
    />
  );
}
