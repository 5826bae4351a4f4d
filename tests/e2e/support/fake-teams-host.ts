import type { BrowserContext, Frame, Page } from 'playwright-core';

/** Where the fake Teams client lives: a real Teams origin (teams-js only talks to approved https origins). */
export const HOST_ORIGIN = 'https://teams.microsoft.com';
/** Where the tab appears to live inside it: https too, or the browser would block the frame as mixed content. */
export const TAB_ORIGIN = 'https://cap-mandat.test';

export interface FakeTeamsOptions {
  frameContext: 'content' | 'settings' | 'sidePanel' | 'meetingStage';
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  subEntityId?: string;
  /** The tab's path and hash, e.g. `/#/roadmap`. */
  tabPath?: string;
}

export const FAKE_SSO_TOKEN = 'fake-teams-sso-token';

// What Teams tells teams-js it supports: enough for pages (deep links) and meetings.
const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, meeting: {}, teams: { fullTrust: {} }, permissions: {} },
};

/**
 * A page that plays Teams for the tab in an iframe, speaking teams-js's postMessage protocol: it answers initialize,
 * getContext, getAuthToken, shareAppContentToStage and setSettings, acknowledges the rest, and can push theme changes
 * and press a configuration dialog's Save.
 */
function hostHtml(options: FakeTeamsOptions): string {
  const context = {
    frameContext: options.frameContext,
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'fr-fr',
    subEntityId: options.subEntityId,
    entityId: 'capmandat-roadmap',
    hostName: 'Teams',
    hostClientType: 'web',
    userObjectId: '00000000-0000-0000-0000-000000000001',
    tid: '00000000-0000-0000-0000-0000000000aa',
  };
  const script = `
    window.hostCalls = [];
    window.sharedToStage = [];
    window.savedSettings = [];
    const context = ${JSON.stringify(context)};
    const runtime = ${JSON.stringify(JSON.stringify(RUNTIME))};
    window.addEventListener('message', (event) => {
      const message = event.data;
      if (!message || typeof message.func !== 'string' || typeof message.id !== 'number') return;
      window.hostCalls.push(message.func);
      const reply = (args) => event.source.postMessage({ id: message.id, uuid: message.uuid, args }, event.origin);
      switch (message.func) {
        case 'initialize': return reply([context.frameContext, 'web', runtime, '2.58.0']);
        case 'getContext': return reply([context]);
        case 'authentication.getAuthToken': return reply([true, '${FAKE_SSO_TOKEN}']);
        case 'meeting.shareAppContentToStage': window.sharedToStage.push(message.args[0]); return reply([null, true]);
        case 'settings.setSettings': window.savedSettings.push(message.args[0]); return reply([true]);
        default: return reply([]);
      }
    });
    window.pressSave = () => document.querySelector('iframe').contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '${TAB_ORIGIN}');
    window.setTeamsTheme = (theme) => document.querySelector('iframe').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '${TAB_ORIGIN}');
  `;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Teams</title></head>
<body style="margin:0"><script>${script}</script>
<iframe title="Cap Mandat" src="${TAB_ORIGIN}${options.tabPath ?? '/'}" style="border:0;width:100vw;height:100vh"></iframe></body></html>`;
}

/** API requests the tab sent through the fake Teams, with their headers. */
export interface SeenRequest {
  path: string;
  headers: Record<string, string>;
}

/**
 * Routes the fake Teams page and the tab's https origin (proxied to the local server) in a browser context; every
 * other request is refused. Returns the host page and the tab's frame once the tab has rendered its first heading.
 */
export async function openInFakeTeams(context: BrowserContext, serverUrl: string, options: FakeTeamsOptions) {
  const seen: SeenRequest[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === HOST_ORIGIN && url.pathname === '/fake-host') return route.fulfill({ contentType: 'text/html', body: hostHtml(options) });
    if (url.origin === TAB_ORIGIN) {
      if (url.pathname.startsWith('/api/')) seen.push({ path: url.pathname + url.search, headers: route.request().headers() });
      const response = await route.fetch({ url: `${serverUrl}${url.pathname}${url.search}` });
      return route.fulfill({ response });
    }
    return route.abort('blockedbyclient');
  });
  const page: Page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/fake-host`);
  const tab: Frame = await (await page.waitForSelector('iframe')).contentFrame().then((frame) => {
    if (!frame) throw new Error('The tab frame did not load');
    return frame;
  });
  await tab.locator('h1').first().waitFor({ timeout: 15_000 });
  return { page, tab, seen };
}
