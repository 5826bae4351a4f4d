import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, FREQUENCIES } from '../../api/enums';
import type { CommitmentNode, IndicatorView, Me, RoadmapAction } from '../../api/read-models';
import type { RecordMeta } from '../../api/records';
import { actionOptions } from '../../components/ActionForm/action-options';
import { CreateRecordDialog } from '../../components/CreateRecordDialog/CreateRecordDialog';
import { EditRecordDialog } from '../../components/EditRecordDialog/EditRecordDialog';
import { describeValue } from '../../components/HistoryTimeline/describe-value';
import { TargetRevisionDialog } from '../../components/TargetRevisionDialog/TargetRevisionDialog';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { parseField } from '../../model/record-draft';
import type { RoadmapIndex } from '../../model/roadmap-index';
import { NEW_ACTION_FIELDS, NEW_INDICATOR_FIELDS, STEER_FIELDS } from '../../model/second-half';

export type SecondHalfDialog =
  | { kind: 'steer'; action: RoadmapAction }
  | { kind: 'newAction'; commitment: CommitmentNode }
  | { kind: 'newIndicator'; commitment: CommitmentNode }
  | { kind: 'revise'; indicator: IndicatorView };

export interface SecondHalfDialogsProps {
  dialog: SecondHalfDialog | undefined;
  index: RoadmapIndex;
  directory: Directory;
  me: Me | undefined;
  /** What happened, for the page's status line. */
  onDone: (message: string) => void;
  onClose: () => void;
}

const WIDE = new Set(['title', 'name', 'description', 'nextSteps', 'commitmentId']);

/** The dialog the roadmap of the second half has open: steer an action, add an action or an indicator, revise a target. */
export function SecondHalfDialogs({ dialog, index, directory, me, onDone, onClose }: SecondHalfDialogsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const serviceId = dialog?.kind === 'steer' ? (dialog.action.serviceId ?? '') : '';
  const options = useMemo(
    () => ({
      ...actionOptions(t, index, directory, me, serviceId),
      direction: DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) })),
      frequency: FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) })),
    }),
    [t, index, directory, me, serviceId],
  );
  if (!dialog) return null;
  const created = (record: RecordMeta & { id: string }) => {
    const named = record as RecordMeta & { id: string; title?: string; name?: string };
    onDone(t('secondHalf.created', { title: named.title ?? named.name ?? record.id }));
  };
  switch (dialog.kind) {
    case 'steer':
      return (
        <EditRecordDialog
          kind="action"
          record={dialog.action}
          title={t('secondHalf.steerTitle', { title: dialog.action.title })}
          fields={STEER_FIELDS}
          options={options}
          wideFields={WIDE}
          describe={(field, text) => {
            const spec = STEER_FIELDS.find((f) => f.name === field);
            return describeValue(field, spec ? parseField(spec, text) : text, { t, format, directory, entityType: 'action' });
          }}
          onClose={onClose}
        />
      );
    case 'newAction':
      return (
        <CreateRecordDialog
          kind="action"
          title={t('secondHalf.newAction', { reference: dialog.commitment.reference })}
          fields={NEW_ACTION_FIELDS}
          initial={{ commitmentId: dialog.commitment.id, status: 'planned', half: 'second', priority: 'high' }}
          options={options}
          wideFields={WIDE}
          onCreated={created}
          onClose={onClose}
        />
      );
    case 'newIndicator':
      return (
        <CreateRecordDialog
          kind="indicator"
          title={t('secondHalf.newIndicator', { reference: dialog.commitment.reference })}
          fields={NEW_INDICATOR_FIELDS}
          initial={{ commitmentId: dialog.commitment.id, direction: 'increase', frequency: 'annual', baselineDate: index.roadmap.asOf }}
          options={options}
          wideFields={WIDE}
          onCreated={created}
          onClose={onClose}
        />
      );
    case 'revise':
      return (
        <TargetRevisionDialog
          indicatorId={dialog.indicator.id}
          name={dialog.indicator.name}
          today={index.roadmap.asOf}
          onRevised={() => onDone(t('secondHalf.revised', { name: dialog.indicator.name }))}
          onClose={onClose}
        />
      );
  }
}
