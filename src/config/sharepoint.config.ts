import { z } from 'zod';

/** How the app authenticates to Entra ID for Graph. */
export type SharePointCredential =
  | { kind: 'secret'; clientSecret: string }
  | { kind: 'certificate'; certificatePath: string; thumbprint?: string }
  | { kind: 'managedIdentity'; userAssignedClientId?: string };

/** Settings of the SharePoint store (STORE=sharepoint). */
export interface SharePointSettings {
  /** Graph site id (`host,guid,guid`) or site URL. */
  site: string;
  graphBaseUrl: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  credential: SharePointCredential;
  timeoutMs: number;
  maxAttempts: number;
}

const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https URL');
const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The environment variables of the SharePoint store, all optional here: which ones are required depends on STORE. */
export const SHAREPOINT_ENV = {
  SHAREPOINT_SITE: z.string().trim().min(1).optional(),
  GRAPH_BASE_URL: httpsUrl
    .refine((u) => /^\/(v1\.0|beta)\/?$/.test(new URL(u).pathname), 'must end with the API version, e.g. https://graph.microsoft.com/v1.0')
    .default('https://graph.microsoft.com/v1.0'),
  ENTRA_AUTHORITY_HOST: httpsUrl.default('https://login.microsoftonline.com'),
  ENTRA_TENANT_ID: z.string().trim().min(1).optional(),
  ENTRA_CLIENT_ID: z.string().trim().min(1).optional(),
  ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
  ENTRA_CERTIFICATE_PATH: z.string().min(1).optional(),
  ENTRA_CERTIFICATE_THUMBPRINT: z
    .string()
    .regex(/^[0-9A-Fa-f:]{40,95}$/, 'hexadecimal SHA-1 thumbprint expected')
    .optional(),
  ENTRA_MANAGED_IDENTITY: booleanText.default(false),
  GRAPH_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
  GRAPH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
};

type SharePointEnv = z.infer<z.ZodObject<typeof SHAREPOINT_ENV>>;

/** Adds an issue per missing or contradictory SharePoint variable (called only when STORE=sharepoint). */
export function checkSharePointEnv(env: SharePointEnv, ctx: z.RefinementCtx): void {
  const issue = (path: keyof SharePointEnv, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!env.SHAREPOINT_SITE) issue('SHAREPOINT_SITE', 'required when STORE=sharepoint (site id or https URL of the site)');
  else if (/^http:/i.test(env.SHAREPOINT_SITE)) issue('SHAREPOINT_SITE', 'a site URL must be https');
  const credentials = [env.ENTRA_CLIENT_SECRET, env.ENTRA_CERTIFICATE_PATH, env.ENTRA_MANAGED_IDENTITY || undefined].filter(Boolean);
  if (credentials.length === 0)
    issue('ENTRA_CLIENT_SECRET', 'STORE=sharepoint needs one credential: ENTRA_CLIENT_SECRET, ENTRA_CERTIFICATE_PATH or ENTRA_MANAGED_IDENTITY=true');
  if (credentials.length > 1)
    issue('ENTRA_CLIENT_SECRET', 'give only one of ENTRA_CLIENT_SECRET, ENTRA_CERTIFICATE_PATH and ENTRA_MANAGED_IDENTITY=true');
  if (env.ENTRA_CERTIFICATE_THUMBPRINT && !env.ENTRA_CERTIFICATE_PATH) issue('ENTRA_CERTIFICATE_THUMBPRINT', 'only meaningful with ENTRA_CERTIFICATE_PATH');
  if (!env.ENTRA_MANAGED_IDENTITY) {
    if (!env.ENTRA_TENANT_ID) issue('ENTRA_TENANT_ID', 'required when STORE=sharepoint with a secret or a certificate');
    if (!env.ENTRA_CLIENT_ID) issue('ENTRA_CLIENT_ID', 'required when STORE=sharepoint with a secret or a certificate (app registration client id)');
  }
}

/** The settings, once checkSharePointEnv found nothing wrong. */
export function sharePointSettingsOf(env: SharePointEnv): SharePointSettings {
  const credential: SharePointCredential = env.ENTRA_CLIENT_SECRET
    ? { kind: 'secret', clientSecret: env.ENTRA_CLIENT_SECRET }
    : env.ENTRA_CERTIFICATE_PATH
      ? { kind: 'certificate', certificatePath: env.ENTRA_CERTIFICATE_PATH, thumbprint: env.ENTRA_CERTIFICATE_THUMBPRINT }
      : { kind: 'managedIdentity', userAssignedClientId: env.ENTRA_CLIENT_ID };
  return {
    site: env.SHAREPOINT_SITE ?? '',
    graphBaseUrl: env.GRAPH_BASE_URL.replace(/\/+$/, ''),
    authorityHost: env.ENTRA_AUTHORITY_HOST.replace(/\/+$/, ''),
    tenantId: env.ENTRA_TENANT_ID ?? '',
    clientId: env.ENTRA_CLIENT_ID ?? '',
    credential,
    timeoutMs: env.GRAPH_TIMEOUT_MS,
    maxAttempts: env.GRAPH_MAX_ATTEMPTS,
  };
}
