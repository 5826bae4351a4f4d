import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import type { CampaignRecord } from '../../api/campaigns';
import type { CampaignEditor } from '../../data/editing/use-campaign-editor';
import { useCampaignWriter } from '../../data/hooks/use-campaign-writer';
import type { Directory } from '../../data/hooks/use-directory';

/** The dialog a campaign page has open. */
export type CampaignDialog = 'launch' | 'relaunch' | 'close' | undefined;

/** Launch, relaunch and close, each confirmed first; what they did is said in a message, what failed in another. */
export interface CampaignCommands {
  dialog: CampaignDialog;
  open: (dialog: CampaignDialog) => void;
  busy: boolean;
  /** What the last command did, in words. */
  done: string | undefined;
  failure: ApiError | undefined;
  launch: () => Promise<void>;
  relaunch: () => Promise<void>;
  close: () => Promise<void>;
}

/** The commands of one campaign; `reload` reads the campaign again after a refusal (its state may have moved). */
export function useCampaignCommands(campaign: CampaignRecord | undefined, editor: CampaignEditor, directory: Directory, reload: () => void): CampaignCommands {
  const { t } = useTranslation();
  const writer = useCampaignWriter();
  const [dialog, setDialog] = useState<CampaignDialog>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | undefined>();

  const run = useCallback(
    async (command: () => Promise<string | undefined>) => {
      setBusy(true);
      setFailure(undefined);
      setDone(undefined);
      try {
        setDone(await command());
      } catch (error) {
        setFailure(error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));
        reload();
      } finally {
        setBusy(false);
        setDialog(undefined);
      }
    },
    [reload],
  );

  const launch = useCallback(
    () =>
      run(async () => {
        // What is typed is saved first: the launch sends what the user sees.
        const current = editor.dirty || !campaign ? await editor.save() : campaign;
        if (!current) return undefined;
        const report = await writer.launch(current);
        const gaps = [...report.servicesWithoutHead.map((id) => directory.serviceName(id) ?? id), ...report.unknownIds];
        const text = t('launch.done', { queued: report.queued, appNotInstalled: report.appNotInstalled });
        return gaps.length > 0 ? `${text} ${t('launch.gaps', { names: gaps.join(', ') })}` : text;
      }),
    [run, editor, campaign, writer, directory, t],
  );

  const relaunch = useCallback(
    () =>
      run(async () => {
        if (!campaign) return undefined;
        const r = await writer.relaunch(campaign);
        return t('relaunch.done', { reminded: r.reminded, resent: r.resent, stillUnreachable: r.stillUnreachable });
      }),
    [run, campaign, writer, t],
  );

  const close = useCallback(
    () =>
      run(async () => {
        if (!campaign) return undefined;
        await writer.close(campaign);
        return t('close.done');
      }),
    [run, campaign, writer, t],
  );

  const open = useCallback((next: CampaignDialog) => {
    setDone(undefined);
    setDialog(next);
  }, []);

  return { dialog, open, busy, done, failure, launch, relaunch, close };
}
