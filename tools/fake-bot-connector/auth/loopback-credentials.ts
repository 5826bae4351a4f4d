import { ConfidentialClientApplication } from '@azure/msal-node';
import { msalAuthorityOptions } from '../../graph-emulator/auth/msal-options.js';
import { BOT_FRAMEWORK_SCOPE } from './login-endpoint.js';

/** The part of a request botbuilder asks credentials to sign. */
export interface SignableRequest {
  headers: { set(name: string, value: string): void };
}

/** What botbuilder's ConnectorClient needs from credentials (structurally its ServiceClientCredentials). */
export interface LoopbackCredentials {
  signRequest<T extends SignableRequest>(webResource: T): Promise<T>;
}

export interface LoopbackLogin {
  /** `https://127.0.0.1:<port>` of the fake's login endpoint. */
  url: string;
  tenantId: string;
  appId: string;
  password: string;
}

/**
 * A ServiceClientCredentialsFactory (pass it as the second argument of ConfigurationBotFrameworkAuthentication)
 * whose tokens come from the fake's login endpoint through msal-node's client-credentials flow.
 *
 * botbuilder builds its own ConfidentialClientApplication from `ToChannelFromBotLoginUrl` with no
 * `knownAuthorities`, so msal-node asks login.microsoftonline.com to validate a loopback authority and fails
 * (`endpoints_resolution_error`); this factory declares the fake as a known authority with inline metadata.
 */
export class LoopbackCredentialsFactory {
  private readonly msal: ConfidentialClientApplication;

  constructor(private readonly login: LoopbackLogin) {
    this.msal = new ConfidentialClientApplication({
      auth: msalAuthorityOptions({ url: login.url, tenantId: login.tenantId, clientId: login.appId, clientSecret: login.password }),
    });
  }

  isValidAppId(appId: string): Promise<boolean> {
    return Promise.resolve(appId === this.login.appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(this.login.appId === '');
  }

  createCredentials(appId: string, audience: string | undefined): Promise<LoopbackCredentials> {
    if (appId !== this.login.appId) return Promise.reject(new Error('Invalid appId.'));
    const resource = audience || BOT_FRAMEWORK_SCOPE;
    const scope = resource.endsWith('/.default') ? resource : `${resource}/.default`;
    const token = async (): Promise<string> => {
      const result = await this.msal.acquireTokenByClientCredential({ scopes: [scope] });
      if (!result?.accessToken) throw new Error('Authentication: No access token received from MSAL.');
      return result.accessToken;
    };
    return Promise.resolve({
      async signRequest<T extends SignableRequest>(webResource: T): Promise<T> {
        webResource.headers.set('authorization', `Bearer ${await token()}`);
        return webResource;
      },
    });
  }
}
