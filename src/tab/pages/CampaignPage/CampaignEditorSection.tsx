import { Button } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { CampaignForm } from '../../components/CampaignForm/CampaignForm';
import { describeDraft } from '../../components/CampaignForm/describe-draft';
import { ErrorSummary } from '../../components/CampaignForm/ErrorSummary';
import { CardPreview } from '../../components/CardPreview/CardPreview';
import { ConflictPanel } from '../../components/ConflictPanel/ConflictPanel';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { Panel } from '../../components/Panel/Panel';
import type { CampaignEditor } from '../../data/editing/use-campaign-editor';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { DRAFT_PARTS, draftOf } from '../../model/campaign-draft';
import type { FieldSpec } from '../../model/record-draft';
import { useCampaignPageStyles } from './CampaignPage.styles';

const FORM_ID = 'campaign-form';
const PARTS: FieldSpec[] = DRAFT_PARTS.map((name) => ({ name, kind: 'text' }));

/** The form of a campaign being prepared, its save bar, conflicts and field errors, and the card preview beside it. */
export interface CampaignEditorSectionProps {
  editor: CampaignEditor;
  directory: Directory;
  onSave: () => Promise<void>;
}

export function CampaignEditorSection({ editor, directory, onSave }: CampaignEditorSectionProps) {
  const styles = useCampaignPageStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const ctx = { t, format, directory };
  const status = editor.saving ? t('common.saving') : editor.dirty ? t('campaign.unsaved') : editor.saved ? t('campaign.saved') : t('form.nothingPending');
  return (
    <div className={styles.layout}>
      <div className={styles.stack}>
        {editor.conflict && editor.base && (
          <ConflictPanel
            fields={PARTS}
            base={describeDraft(draftOf(editor.base), ctx)}
            theirs={{ ...describeDraft(draftOf(editor.conflict), ctx), updatedAt: editor.conflict.updatedAt }}
            draft={describeDraft(editor.draft, ctx)}
            labelOf={(part) => t(`campaign.parts.${part as (typeof DRAFT_PARTS)[number]}`)}
            describe={(_part, words) => words}
            when={format.dateTime(editor.conflict.updatedAt)}
            onReapply={editor.reapplyMine}
            onDiscard={editor.discardMine}
          />
        )}
        {editor.failure && <ErrorState error={editor.failure} />}
        <ErrorSummary errors={editor.errors} reminderOffsets={editor.draft.reminderOffsets} />
        <CampaignForm
          id={FORM_ID}
          draft={editor.draft}
          onChange={editor.change}
          errors={editor.errors}
          readOnly={false}
          directory={directory}
          onSubmit={() => void onSave()}
        />
        <div className={styles.saveBar}>
          <span className={styles.status} role="status" aria-live="polite">
            {status}
          </span>
          <Button
            type="submit"
            form={FORM_ID}
            appearance="primary"
            icon={<Save20Regular />}
            disabled={editor.saving || editor.conflict !== undefined || (editor.base !== undefined && !editor.dirty)}
          >
            {editor.saving ? t('common.saving') : editor.base ? t('campaign.save') : t('campaign.create')}
          </Button>
        </div>
      </div>
      <div className={styles.aside}>
        <Panel title={t('preview.title')}>
          <CardPreview campaignId={editor.base?.id} stale={editor.dirty} />
        </Panel>
      </div>
    </div>
  );
}
