import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useExportDownload } from '../../data/hooks/use-bilan';
import { saveFile } from '../../hooks/save-file';
import type { ExportFile } from '../../model/export-files';

/** What the last export did, for the status line. */
export type ExportOutcome = { kind: 'done'; message: string } | { kind: 'failed'; error: ApiError } | undefined;

/** Runs one export at a time: downloads it with the user's identity, then saves or opens it; says what happened. */
export function useExportRunner(snapshotId: string | undefined) {
  const { t } = useTranslation();
  const download = useExportDownload();
  const [busy, setBusy] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<ExportOutcome>();

  const run = useCallback(
    async (file: ExportFile, open = false) => {
      setBusy(file.path);
      setOutcome(undefined);
      try {
        const blob = await download(file.path, file.path === '/opendata.schema.json' ? undefined : snapshotId);
        if (open && openInNewTab(blob)) setOutcome({ kind: 'done', message: t('bilan.exports.opened') });
        else {
          saveFile(blob, file.fileName);
          setOutcome({ kind: 'done', message: open ? t('bilan.exports.popupBlocked') : t('bilan.exports.downloaded', { name: file.fileName }) });
        }
      } catch (error) {
        setOutcome({ kind: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)) });
      } finally {
        setBusy(undefined);
      }
    },
    [download, snapshotId, t],
  );
  return { busy, outcome, run };
}

/** Shows an HTML file in a new browser tab; false when the browser refused to open one. */
function openInNewTab(blob: Blob): boolean {
  const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
  const opened = window.open(url, '_blank');
  // The page needs the URL until it has loaded; a minute is plenty for a self-contained file.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!opened) return false;
  opened.opener = null;
  return true;
}
