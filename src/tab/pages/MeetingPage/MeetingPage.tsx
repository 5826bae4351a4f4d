import { useTranslation } from 'react-i18next';
import { useHost } from '../../app/host-context';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { MeetingPresentation } from '../../components/MeetingPresentation/MeetingPresentation';
import { MeetingSidePanel } from '../../components/MeetingSidePanel/MeetingSidePanel';
import { useDirectory } from '../../data/hooks/use-directory';
import { useRoadmap } from '../../data/hooks/use-read-model';

/** Mode réunion: the presentation (browser, tab, meeting stage) or, in a meeting side panel, "share to stage". */
export function MeetingPage() {
  const { t } = useTranslation();
  const host = useHost();
  const roadmap = useRoadmap();
  const directory = useDirectory();
  if (!roadmap.data)
    return (
      <main>
        {roadmap.error ? <ErrorState error={roadmap.error} onRetry={roadmap.reload} /> : <LoadingState label={t('common.loading')} />}
      </main>
    );
  if (host.surface === 'sidePanel') return <MeetingSidePanel roadmap={roadmap.data} />;
  return <MeetingPresentation roadmap={roadmap.data} directory={directory} onStage={host.surface === 'meetingStage'} />;
}
