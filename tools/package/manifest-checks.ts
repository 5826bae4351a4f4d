import { manifestSchemaUrl } from './teams-schemas.js';
import type { ManifestView } from './manifest-view.js';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function domainAllowed(host: string, validDomains: readonly string[]): boolean {
  return validDomains.some((domain) =>
    domain.startsWith('*.') ? host.endsWith(domain.slice(1)) && host !== domain.slice(2) : host === domain,
  );
}

/** The manifest is on the newest bundled schema and says so consistently. */
export function checkVersion(manifest: ManifestView, newest: string): string[] {
  const problems: string[] = [];
  if (manifest.manifestVersion !== newest)
    problems.push(`manifestVersion is ${String(manifest.manifestVersion)}, the newest bundled schema is ${newest}`);
  if (manifest.$schema !== manifestSchemaUrl(newest))
    problems.push(`$schema is ${String(manifest.$schema)}, expected ${manifestSchemaUrl(newest)}`);
  return problems;
}

/** Every page Teams loads is https and on a valid domain; the SSO resource is `api://<valid domain>/<client id>`. */
export function checkDomains(manifest: ManifestView): string[] {
  const problems: string[] = [];
  const validDomains = manifest.validDomains ?? [];
  for (const domain of validDomains)
    if (/[/:]/.test(domain)) problems.push(`validDomains entry ${JSON.stringify(domain)} must be a host name, no scheme or path`);
  const urls = [
    ...(manifest.staticTabs ?? []).flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
    ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl),
  ].filter((url): url is string => url !== undefined);
  for (const url of urls) {
    const host = hostOf(url);
    if (!url.startsWith('https://')) problems.push(`${url} is not https`);
    if (host === undefined || !domainAllowed(host, validDomains)) problems.push(`${url} is not on a validDomains entry`);
  }
  const sso = manifest.webApplicationInfo;
  if (sso) {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(sso.resource ?? '');
    if (!match?.[1] || match[2] !== sso.id)
      problems.push(`webApplicationInfo.resource must be api://<domain>/${String(sso.id)}, found ${String(sso.resource)}`);
    else if (!domainAllowed(match[1], validDomains))
      problems.push(`webApplicationInfo.resource domain ${match[1]} is not in validDomains`);
  }
  return problems;
}
