import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES } from '../../api/enums';
import type { CommitmentNode, Me } from '../../api/read-models';
import { EditRecordDialog } from '../../components/EditRecordDialog/EditRecordDialog';
import { describeValue } from '../../components/HistoryTimeline/describe-value';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { COMMITMENT_FIELDS, NARRATIVE_FIELDS, needsJustification } from '../../model/commitment-fields';
import { commitmentEditScope } from '../../model/permissions';
import { parseField, type Draft } from '../../model/record-draft';
import type { RoadmapIndex } from '../../model/roadmap-index';

export interface CommitmentEditDialogProps {
  commitment: CommitmentNode;
  index: RoadmapIndex;
  directory: Directory;
  me: Me | undefined;
  onClose: () => void;
}

const WIDE = new Set(['gapJustification', 'title', 'description']);

/** Edits an engagement: everything for the pilotage team, the narrative for its lead elected official. */
export function CommitmentEditDialog({ commitment, index, directory, me, onClose }: CommitmentEditDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const scope = commitmentEditScope(me, commitment);
  const readOnly = useMemo(
    () => new Set(COMMITMENT_FIELDS.map((f) => f.name).filter((name) => scope !== 'all' && !(scope === 'narrative' && NARRATIVE_FIELDS.has(name)))),
    [scope],
  );
  const options = useMemo(
    () => ({
      status: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`commitmentStatus.${s}`) })),
      axisId: index.roadmap.axes.map((a) => ({ value: a.id, label: a.title })),
      leadPersonId: directory.people.filter((p) => p.role === 'elected').map((p) => ({ value: p.id, label: p.displayName })),
    }),
    [t, index, directory],
  );
  const validate = useCallback(
    (draft: Draft): Record<string, string> =>
      needsJustification(draft.status ?? '') && !(draft.gapJustification ?? '').trim()
        ? { gapJustification: t('commitments.justificationRequired') }
        : {},
    [t],
  );
  const describe = (field: string, text: string) => {
    const spec = COMMITMENT_FIELDS.find((f) => f.name === field);
    const value = spec ? parseField(spec, text) : text;
    if (field === 'axisId') return index.roadmap.axes.find((a) => a.id === value)?.title ?? text;
    return describeValue(field, value, { t, format, directory, entityType: 'commitment' });
  };
  return (
    <EditRecordDialog
      kind="commitment"
      record={commitment}
      title={t('commitments.editTitle', { reference: commitment.reference })}
      fields={COMMITMENT_FIELDS}
      options={options}
      readOnlyFields={readOnly}
      wideFields={WIDE}
      hints={{ gapJustification: t('commitments.justificationHint') }}
      validate={validate}
      describe={describe}
      onClose={onClose}
    />
  );
}
