import { ApiClient } from '../api/api-client';
import { devUserCredentials, teamsSsoCredentials } from '../api/credentials';
import type { ApiContextValue } from '../data/api-context';
import { sharedLoaders } from '../data/loaders';
import { QueryCache } from '../data/query-cache';
import type { Host } from '../teams/host';

/** What the API client reads at each call: the UI language and, in a browser, the demo identity. */
export interface SessionState {
  language: string;
  devUserId: string | undefined;
}

/** The API client (Teams SSO token inside Teams, X-Dev-User in a browser), its cache and the shared loaders. */
export function createApi(host: Host, session: SessionState): ApiContextValue {
  const credentials = host.teams ? teamsSsoCredentials(host.teams.getAuthToken) : devUserCredentials(() => session.devUserId);
  const client = new ApiClient({ baseUrl: '/api/v1', credentials, language: () => session.language });
  return { client, cache: new QueryCache(), loaders: sharedLoaders(client) };
}
