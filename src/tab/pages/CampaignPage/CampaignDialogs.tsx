import { useTranslation } from 'react-i18next';
import type { CampaignFunnel } from '../../api/campaigns';
import { ConfirmDialog } from '../../components/ConfirmDialog/ConfirmDialog';
import type { CampaignEditor } from '../../data/editing/use-campaign-editor';
import type { Directory } from '../../data/hooks/use-directory';
import { useFormat } from '../../i18n/use-format';
import { recipientsOf } from '../../model/campaign-audience';
import type { CampaignCommands } from './use-campaign-commands';

export interface CampaignDialogsProps {
  commands: CampaignCommands;
  editor: CampaignEditor;
  funnel: CampaignFunnel | undefined;
  directory: Directory;
  today: string;
}

/** The confirmation of the command about to run, saying how many people it reaches. */
export function CampaignDialogs({ commands, editor, funnel, directory, today }: CampaignDialogsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const cancel = () => commands.open(undefined);
  const resolved = recipientsOf(editor.draft, directory);
  const count = resolved.personIds.length;
  const withoutHead = resolved.servicesWithoutHead.map((id) => directory.serviceName(id) ?? id);
  return (
    <>
      <ConfirmDialog
        open={commands.dialog === 'launch'}
        title={t('launch.title')}
        confirmLabel={t('launch.confirm')}
        busy={commands.busy}
        disabled={count === 0}
        onConfirm={() => void commands.launch()}
        onCancel={cancel}
      >
        <p data-testid="launch-count">{count === 0 ? t('launch.nobody') : t('launch.body', { count })}</p>
        {editor.draft.openingDate > today && <p>{t('launch.scheduled', { date: format.date(editor.draft.openingDate) })}</p>}
        {withoutHead.length > 0 && <p>{t('launch.withoutHead', { names: withoutHead.join(', ') })}</p>}
        {editor.dirty && <p>{t('launch.unsaved')}</p>}
      </ConfirmDialog>
      <ConfirmDialog
        open={commands.dialog === 'relaunch'}
        title={t('relaunch.title')}
        confirmLabel={t('relaunch.confirm')}
        busy={commands.busy}
        onConfirm={() => void commands.relaunch()}
        onCancel={cancel}
      >
        <p>{t('relaunch.body', { remind: funnel ? funnel.sent - funnel.answered : 0, resend: funnel?.failed ?? 0 })}</p>
      </ConfirmDialog>
      <ConfirmDialog open={commands.dialog === 'close'} title={t('close.title')} confirmLabel={t('close.confirm')} busy={commands.busy} onConfirm={() => void commands.close()} onCancel={cancel}>
        <p>{t('close.body')}</p>
      </ConfirmDialog>
    </>
  );
}
