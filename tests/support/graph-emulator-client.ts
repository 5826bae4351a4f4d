import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { msalAuthorityOptions, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from '../../tools/graph-emulator/index.js';
import { trustCertificate } from './tls-trust.js';

/** Tests read arbitrary JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJson = any;

export interface PlainResponse {
  status: number;
  headers: Headers;
  body: AnyJson;
}

export interface CallInit {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  token?: string | null;
}

/** A running emulator whose certificate this process trusts, plus a token and a plain-fetch helper. */
export interface TestEmulator {
  emulator: GraphEmulator;
  token: string;
  /** fetch against `${graphBaseUrl}${path}` (or an absolute URL) with the bearer token and JSON body. */
  call(method: string, pathOrUrl: string, init?: CallInit): Promise<PlainResponse>;
  /** `/sites/{siteId}` + rest. */
  sitePath(rest?: string): string;
  close(): Promise<void>;
}

/** Client-credentials token straight from the emulator's token endpoint. */
export async function fetchToken(emulator: GraphEmulator): Promise<string> {
  const response = await fetch(`${emulator.url}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: emulator.clientId, client_secret: emulator.clientSecret, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials' }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function startTestEmulator(options: GraphEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startGraphEmulator({ faults: { retryAfterSeconds: 0 }, ...options });
  trustCertificate(emulator.caCertPem);
  const token = await fetchToken(emulator);
  emulator.resetStats();
  return {
    emulator,
    token,
    sitePath: (rest = '') => `/sites/${emulator.siteId}${rest}`,
    async call(method, pathOrUrl, init = {}) {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (init.token !== null) headers['authorization'] = `Bearer ${init.token ?? token}`;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const url = pathOrUrl.startsWith('https://') ? pathOrUrl : `${emulator.graphBaseUrl}${pathOrUrl}`;
      const response = await fetch(url, { method, headers, body });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    close: () => emulator.close(),
  };
}

/** The real msal-node confidential client, configured against the emulator. */
export function msalClient(emulator: GraphEmulator): ConfidentialClientApplication {
  return new ConfidentialClientApplication({ auth: msalAuthorityOptions(emulator) });
}

/** The real Graph JS client (default middleware chain, incl. RetryHandler) authenticated through msal-node. */
export function graphClient(emulator: GraphEmulator): Client {
  const msal = msalClient(emulator);
  const authProvider: AuthenticationProvider = {
    async getAccessToken() {
      const result = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
      if (!result) throw new Error('msal returned no token');
      return result.accessToken;
    },
  };
  return Client.initWithMiddleware({ authProvider, baseUrl: emulator.url, defaultVersion: 'v1.0', customHosts: new Set([new URL(emulator.url).hostname]) });
}

/** Creates a list through plain fetch and returns its id. */
export async function createList(t: TestEmulator, displayName: string, columns: unknown[]): Promise<string> {
  const response = await t.call('POST', t.sitePath('/lists'), { body: { displayName, columns, list: { template: 'genericList' } } });
  if (response.status !== 201) throw new Error(`list creation failed: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}
