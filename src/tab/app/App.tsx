import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../components/AppShell/AppShell';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { useLocation } from '../router/use-location';
import { AppRoutes } from './AppRoutes';
import { useHost } from './host-context';
import { ConfigPage, MeetingPage } from './pages';

/** The configurable tab's configuration address (configurationUrl in the Teams manifest). */
export const isConfigAddress = (): boolean => window.location.pathname.replace(/\/+$/, '') === '/config';

/** Tab configuration, meeting surfaces and the meeting mode take the whole frame; every other page sits in the shell. */
export function App() {
  const host = useHost();
  const { t } = useTranslation();
  const { route } = useLocation();
  if (host.surface === 'settings' || isConfigAddress())
    return (
      <Suspense fallback={<LoadingState label={t('common.loading')} />}>
        <ConfigPage />
      </Suspense>
    );
  if (host.surface === 'meetingStage' || host.surface === 'sidePanel' || route.name === 'meeting')
    return (
      <Suspense fallback={<LoadingState label={t('common.loading')} />}>
        <MeetingPage />
      </Suspense>
    );
  return (
    <AppShell route={route.name}>
      <AppRoutes route={route} />
    </AppShell>
  );
}
