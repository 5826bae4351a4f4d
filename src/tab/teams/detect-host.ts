import type { Host, Surface, TeamsCapabilities } from './host';
import { browserTheme, toHostTheme } from './theme';
import { withTimeout } from './with-timeout';

import * as teamsSdk from './teams-sdk';

type TeamsJs = typeof teamsSdk;

const SURFACES: Record<string, Surface> = { content: 'content', settings: 'settings', sidePanel: 'sidePanel', meetingStage: 'meetingStage' };

function capabilities(teams: TeamsJs): TeamsCapabilities {
  return {
    getAuthToken: () => teams.authentication.getAuthToken(),
    onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme))),
    shareToStage: (url) =>
      new Promise<void>((resolve, reject) => {
        teams.meeting.shareAppContentToStage((error) => {
          if (error) reject(new Error(error.message ?? `Teams error ${error.errorCode}`));
          else resolve();
        }, url);
      }),
    shareDeepLink: (subPageId, label) => {
      if (teams.pages.isSupported()) teams.pages.shareDeepLink({ subPageId, subPageLabel: label });
    },
    configureTab: (config) => {
      teams.pages.config.registerOnSaveHandler((saveEvent) => {
        teams.pages.config.setConfig(config).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
      teams.pages.config.setValidityState(true);
    },
    notifySuccess: () => {
      void teams.app.notifySuccess().catch(() => undefined);
    },
  };
}

function browserHost(win: Window, reason: string): Host {
  return { inTeams: false, surface: 'browser', theme: browserTheme(win), locale: win.navigator.language, fallbackReason: reason };
}

/**
 * Initialises the Teams SDK with a timeout. Outside Teams `app.initialize()` rejects (no parent window; it also tries
 * to fetch a list of valid domains from a CDN, which may fail or hang): the tab then runs in browser mode.
 */
export async function detectHost(win: Window, timeoutMs: number): Promise<Host> {
  // Imported with the entry: a separate chunk would cost a round trip before Teams can even be asked.
  const teams: TeamsJs = teamsSdk;
  try {
    await withTimeout(teams.app.initialize(), timeoutMs, 'app.initialize()');
  } catch (error) {
    return browserHost(win, error instanceof Error ? error.message : String(error));
  }
  try {
    const context = await withTimeout(teams.app.getContext(), timeoutMs, 'app.getContext()');
    return {
      inTeams: true,
      surface: SURFACES[context.page.frameContext] ?? 'content',
      theme: toHostTheme(context.app.theme),
      locale: context.app.locale,
      subPageId: context.page.subPageId || undefined,
      teams: capabilities(teams),
    };
  } catch (error) {
    return browserHost(win, error instanceof Error ? error.message : String(error));
  }
}
