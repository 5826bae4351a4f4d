import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, isConfigAddress } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createApi, type SessionState } from './app/create-api';
import type { ApiContextValue } from './data/api-context';
import { preloadPage } from './app/pages';
import { prefetchFor } from './app/prefetch';
import { readPreference } from './app/preferences';
import { initI18n } from './i18n/i18n';
import { pickLanguage, type Language } from './i18n/languages';
import { noteLocation } from './router/focus-on-navigation';
import { matchRoute, parseHash, type RouteName } from './router/routes';
import { routeOfSubPage } from './teams/deep-link';
import { detectHost } from './teams/detect-host';
import type { Host } from './teams/host';

/** How long Teams may take to answer app.initialize() before the tab runs in browser mode. */
const TEAMS_INIT_TIMEOUT_MS = 4000;

const currentPath = (): string => parseHash(window.location.hash).path;

/** The API client of a host, with the first page's API calls already started. */
function sessionFor(host: Host, language: Language, route: RouteName): { api: ApiContextValue; sessionState: SessionState; route: RouteName } {
  const sessionState: SessionState = { language, devUserId: host.inTeams ? undefined : readPreference('devUser') };
  const api = createApi(host, sessionState);
  prefetchFor(route, api);
  return { api, sessionState, route };
}

/** The same, guessing browser mode before Teams has answered. */
function browserApi(preferred: string | undefined) {
  const guess: Host = { inTeams: false, surface: 'browser', theme: 'default', locale: navigator.language };
  return sessionFor(guess, pickLanguage(preferred), matchRoute(currentPath()).name);
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // The page's code downloads while Teams answers (or, in a browser, fails to).
  preloadPage(isConfigAddress() ? 'config' : matchRoute(currentPath()).name);
  const hostDetection = detectHost(window, TEAMS_INIT_TIMEOUT_MS);
  // Not in a frame: almost surely a browser (Teams desktop and web frame their tabs), so the API calls start now, as
  // the development identity, instead of after app.initialize() has failed. Discarded if Teams answers after all.
  const preferredLanguage = readPreference('language');
  const framed = window.self !== window.top;
  const browserGuess = framed ? undefined : browserApi(preferredLanguage);
  const host = await hostDetection;

  const deepLink = routeOfSubPage(host.subPageId);
  if (deepLink && currentPath() === '/') window.history.replaceState(null, '', `#${deepLink}`);
  const route = matchRoute(currentPath()).name;
  if (deepLink) preloadPage(route);

  // French first: an explicit choice, then the Teams locale; the browser's own language is not a choice.
  const language = pickLanguage(preferredLanguage, host.inTeams ? host.locale : undefined);
  const { api, sessionState } =
    browserGuess && !host.inTeams && browserGuess.route === route ? browserGuess : sessionFor(host, language, route);
  sessionState.language = language;
  await initI18n(language);

  noteLocation(currentPath());
  window.addEventListener('hashchange', () => noteLocation(currentPath()));
  createRoot(container).render(
    <StrictMode>
      <AppProviders host={host} api={api} sessionState={sessionState} language={language}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
  host.teams?.notifySuccess();
}

start().catch((error: unknown) => {
  const container = document.getElementById('root');
  if (container) container.textContent = `Cap Mandat n’a pas pu démarrer / could not start: ${String(error)}`;
});
