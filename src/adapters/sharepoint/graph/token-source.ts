import fs from 'node:fs';
import { X509Certificate } from 'node:crypto';
import {
  ConfidentialClientApplication,
  ManagedIdentityApplication,
  type NodeAuthOptions,
} from '@azure/msal-node';
import type { TokenSource } from './auth.middleware.js';

/** How the app proves who it is to Entra ID. */
export type GraphCredential =
  | { kind: 'secret'; clientSecret: string }
  /** A PEM file holding the private key (and, unless a thumbprint is given, the certificate). */
  | { kind: 'certificate'; certificatePath: string; thumbprint?: string }
  | { kind: 'managedIdentity'; userAssignedClientId?: string };

/** The Entra ID side of the connection. */
export interface EntraSettings {
  tenantId: string;
  /** The app registration's client id (unused with a system-assigned managed identity). */
  clientId: string;
  /** https://login.microsoftonline.com, or a sovereign cloud or a local fake authority. */
  authorityHost: string;
  credential: GraphCredential;
  /** Extra msal options (knownAuthorities, inline metadata) for a non-Microsoft authority such as the emulator's. */
  authOverrides?: Partial<NodeAuthOptions>;
}

const NATIONAL_GRAPH_HOSTS = ['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn'];

/** The Graph resource tokens are asked for: the host itself for Microsoft's clouds, else (a proxy, an emulator) Graph's. */
export function graphResourceOf(graphBaseUrl: string): string {
  const url = new URL(graphBaseUrl);
  return NATIONAL_GRAPH_HOSTS.includes(url.hostname) ? url.origin : 'https://graph.microsoft.com';
}

/** The scope of app-only Graph tokens: the resource's `.default`. */
export const graphScopeOf = (graphBaseUrl: string): string => `${graphResourceOf(graphBaseUrl)}/.default`;

function certificateOptions(credential: { certificatePath: string; thumbprint?: string }): NonNullable<NodeAuthOptions['clientCertificate']> {
  const pem = fs.readFileSync(credential.certificatePath, 'utf8');
  const privateKey = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!privateKey) throw new Error(`${credential.certificatePath}: no private key in this PEM file`);
  if (credential.thumbprint) return { privateKey, thumbprint: credential.thumbprint.replace(/[:\s]/g, '') };
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!certificate)
    throw new Error(`${credential.certificatePath}: no certificate in this PEM file; set ENTRA_CERTIFICATE_THUMBPRINT instead`);
  // Entra matches the SHA-256 thumbprint of the certificate uploaded to the app registration.
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, '');
  return { privateKey, thumbprintSha256, x5c: certificate };
}

/** App-only tokens for Graph through msal-node, which caches them and renews them before they expire. */
export function createTokenSource(settings: EntraSettings, graphBaseUrl: string): TokenSource {
  const scope = graphScopeOf(graphBaseUrl);
  const { credential } = settings;
  if (credential.kind === 'managedIdentity') {
    const app = new ManagedIdentityApplication(
      credential.userAssignedClientId ? { managedIdentityIdParams: { userAssignedClientId: credential.userAssignedClientId } } : {},
    );
    const resource = graphResourceOf(graphBaseUrl);
    return { getAccessToken: async () => (await app.acquireToken({ resource })).accessToken };
  }
  const authorityHost = settings.authorityHost.replace(/\/+$/, '');
  const auth: NodeAuthOptions = {
    clientId: settings.clientId,
    authority: `${authorityHost}/${settings.tenantId}`,
    // msal-node only talks to authorities it knows; an overridden host (sovereign cloud, local fake) must be listed.
    ...(new URL(authorityHost).hostname === 'login.microsoftonline.com' ? {} : { knownAuthorities: [new URL(authorityHost).host] }),
    ...(credential.kind === 'secret' ? { clientSecret: credential.clientSecret } : { clientCertificate: certificateOptions(credential) }),
    ...settings.authOverrides,
  };
  const app = new ConfidentialClientApplication({ auth });
  return {
    async getAccessToken() {
      const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token for Graph');
      return result.accessToken;
    },
  };
}
