import { FluentProvider } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiContext, type ApiContextValue } from '../data/api-context';
import { useFocusManagerNeeded } from '../hooks/focus-manager';
import { changeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import type { Host } from '../teams/host';
import { fluentTheme } from '../teams/theme';
import { useAppProvidersStyles } from './AppProviders.styles';
import type { SessionState } from './create-api';
import { HostContext } from './host-context';
import { writePreference } from './preferences';
import { SessionContext, type Session } from './session-context';

// Loaded once a dialog has shown (its code is then already there): the first page does not pay for it.
const FocusManagerKeeper = lazy(() => import('../components/FocusManagerKeeper/FocusManagerKeeper').then((m) => ({ default: m.FocusManagerKeeper })));

export interface AppProvidersProps {
  host: Host;
  api: ApiContextValue;
  /** Read by the API client at each call; kept in step with the session here. */
  sessionState: SessionState;
  language: Language;
  children: ReactNode;
}

/** Host, theme (following Teams' theme changes), session (language, demo identity) and the API client with its cache. */
export function AppProviders({ host, api, sessionState, language: initialLanguage, children }: AppProvidersProps) {
  const styles = useAppProvidersStyles();
  const [theme, setTheme] = useState(host.theme);
  const [language, setLanguageState] = useState(initialLanguage);
  const [devUserId, setDevUserIdState] = useState(sessionState.devUserId);
  const keepFocusManager = useFocusManagerNeeded();

  useEffect(() => host.teams?.onThemeChange(setTheme), [host]);

  const session = useMemo<Session>(
    () => ({
      language,
      setLanguage(next) {
        sessionState.language = next;
        writePreference('language', next);
        setLanguageState(next);
        void changeLanguage(next);
      },
      devUserId,
      setDevUserId(id) {
        sessionState.devUserId = id;
        writePreference('devUser', id);
        setDevUserIdState(id);
        // Everything the API answered may depend on the identity (roles, permissions): read it again.
        api.cache.reset();
      },
    }),
    [language, devUserId, api, sessionState],
  );

  return (
    <HostContext.Provider value={host}>
      <SessionContext.Provider value={session}>
        <ApiContext.Provider value={api}>
          <FluentProvider theme={fluentTheme(theme)}>
            {/* Styles go on an inner box: FluentProvider copies its own class onto every portal (menus, dialogs). */}
            <div className={styles.root}>{children}</div>
            {keepFocusManager && (
              <Suspense fallback={null}>
                <FocusManagerKeeper />
              </Suspense>
            )}
          </FluentProvider>
        </ApiContext.Provider>
      </SessionContext.Provider>
    </HostContext.Provider>
  );
}
