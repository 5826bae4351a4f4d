import { z } from 'zod';

/** Settings of Teams SSO sign-in (AUTH_MODE=entra). */
export interface EntraSsoSettings {
  allowedTenantIds: string[];
  clientId: string;
  applicationIdUri?: string;
  authorityHost: string;
  requiredScope: string;
}

const guid = z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

/** The environment variables of Teams SSO, all optional here: AUTH_MODE=entra makes the first two required. */
export const ENTRA_SSO_ENV = {
  ENTRA_SSO_CLIENT_ID: guid.optional(),
  ENTRA_ALLOWED_TENANT_IDS: z
    .string()
    .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(guid).min(1, 'list at least one tenant id'))
    .optional(),
  ENTRA_SSO_APPLICATION_ID_URI: z
    .string()
    .trim()
    .regex(/^api:\/\/\S+$/, 'must look like api://<domain>/<client id>')
    .optional(),
  ENTRA_SSO_SCOPE: z.string().trim().min(1).default('access_as_user'),
};

type SsoEnv = z.output<z.ZodObject<typeof ENTRA_SSO_ENV>>;

/** Names each SSO variable AUTH_MODE=entra needs and that is missing. */
export function checkEntraSsoEnv(env: SsoEnv, ctx: z.RefinementCtx): void {
  if (!env.ENTRA_SSO_CLIENT_ID) ctx.addIssue({ code: 'custom', path: ['ENTRA_SSO_CLIENT_ID'], message: 'required with AUTH_MODE=entra (the tab app registration client id)' });
  if (!env.ENTRA_ALLOWED_TENANT_IDS)
    ctx.addIssue({ code: 'custom', path: ['ENTRA_ALLOWED_TENANT_IDS'], message: 'required with AUTH_MODE=entra (comma-separated tenant ids)' });
}

/** The SSO settings from a checked environment. */
export function entraSsoSettingsOf(env: SsoEnv & { ENTRA_AUTHORITY_HOST: string }): EntraSsoSettings {
  return {
    allowedTenantIds: env.ENTRA_ALLOWED_TENANT_IDS ?? [],
    clientId: env.ENTRA_SSO_CLIENT_ID ?? '',
    applicationIdUri: env.ENTRA_SSO_APPLICATION_ID_URI,
    authorityHost: env.ENTRA_AUTHORITY_HOST,
    requiredScope: env.ENTRA_SSO_SCOPE,
  };
}
