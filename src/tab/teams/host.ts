/** Where the tab runs inside Teams (the frame contexts it supports), or `browser` outside Teams. */
export type Surface = 'browser' | 'content' | 'settings' | 'sidePanel' | 'meetingStage';

/** The Teams themes; a browser maps its own preferences onto them. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** What the tab knows about its host once start-up is done. */
export interface Host {
  inTeams: boolean;
  surface: Surface;
  theme: HostTheme;
  /** BCP 47 locale of the host (Teams) or of the browser. */
  locale: string;
  /** Teams deep link target (`subPageId`), e.g. `action:act-001`. */
  subPageId?: string;
  /** Why Teams initialisation did not succeed (browser mode), for diagnostics. */
  fallbackReason?: string;
  /** Teams capabilities; absent in a browser. */
  teams?: TeamsCapabilities;
}

/** A configured tab: the page it opens and its name in the channel or meeting. */
export interface TabConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** The few Teams calls the tab makes, wrapped in our own types. */
export interface TeamsCapabilities {
  getAuthToken: () => Promise<string>;
  onThemeChange: (handler: (theme: HostTheme) => void) => void;
  shareToStage: (url: string) => Promise<void>;
  shareDeepLink: (subPageId: string, label: string) => void;
  /** In a configurable tab's settings page: what Teams saves when the user presses Save. */
  configureTab: (config: TabConfig) => void;
  notifySuccess: () => void;
}
