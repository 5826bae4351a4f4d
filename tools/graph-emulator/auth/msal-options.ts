import { instanceDiscovery, openIdConfiguration } from './authority-metadata.js';

/** The subset of msal-node's `auth` configuration (NodeAuthOptions) that points a confidential client at the emulator. */
export interface EmulatorMsalAuthOptions {
  clientId: string;
  clientSecret: string;
  authority: string;
  knownAuthorities: string[];
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

/**
 * What `new ConfidentialClientApplication({ auth })` needs to use the emulator as its authority without any
 * network discovery: msal-node only accepts non-Microsoft https authorities listed in knownAuthorities, and
 * inline metadata avoids the instance-discovery call to login.microsoftonline.com.
 */
export function msalAuthorityOptions(emulator: { url: string; tenantId: string; clientId: string; clientSecret: string }): EmulatorMsalAuthOptions {
  return {
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
    authority: `${emulator.url}/${emulator.tenantId}`,
    knownAuthorities: [new URL(emulator.url).host],
    authorityMetadata: JSON.stringify(openIdConfiguration(emulator.url, emulator.tenantId)),
    cloudDiscoveryMetadata: JSON.stringify(instanceDiscovery(emulator.url, emulator.tenantId)),
  };
}
