import type { SharePointConnection } from './connection.js';
import type { GraphCredential } from './graph/token-source.js';

/** The validated settings the composition root hands over (the shape of the config module's SharePointSettings). */
export interface SharePointSettingsInput {
  site: string;
  graphBaseUrl: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  credential: GraphCredential;
  timeoutMs: number;
  maxAttempts: number;
}

/** Connection options from validated settings. */
export function sharePointConnectionOf(settings: SharePointSettingsInput, appVersion: string): SharePointConnection {
  return {
    graphBaseUrl: settings.graphBaseUrl,
    site: settings.site,
    appVersion,
    entra: { tenantId: settings.tenantId, clientId: settings.clientId, authorityHost: settings.authorityHost, credential: settings.credential },
    retry: { timeoutMs: settings.timeoutMs, maxAttempts: settings.maxAttempts },
  };
}
