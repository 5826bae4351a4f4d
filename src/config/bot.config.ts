import { z } from 'zod';
import { ConfigError } from './config-error.js';

/** How the bot proves who it is to the Bot Connector (Azure Bot "app type"). */
export const BOT_APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
/** An Azure Bot app type. */
export type BotAppType = (typeof BOT_APP_TYPES)[number];

/**
 * Settings of the bot's Teams transport. An empty `appId` is the anonymous local mode (Agents Playground): no token
 * is asked of incoming requests and none is sent; refused in production. The four overrides point the bot at another
 * identity provider (tests, sovereign clouds); left undefined, the public Azure cloud's values apply.
 */
export interface BotSettings {
  appId: string;
  appPassword: string;
  appType: BotAppType;
  tenantId?: string;
  toBotFromChannelOpenIdMetadataUrl?: string;
  toBotFromChannelTokenIssuer?: string;
  toChannelFromBotLoginUrl?: string;
  toChannelFromBotOAuthScope?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Agents Toolkit writes unset variables as empty strings: an empty value means "not set".
const unsetIfEmpty = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** The environment variables of the bot, under the names Azure Bot and Agents Toolkit use. */
export const BOT_ENV = {
  MicrosoftAppId: z
    .string()
    .trim()
    .refine((id) => id === '' || GUID.test(id), 'must be a GUID, or empty for the anonymous local mode (Agents Playground)')
    .default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.preprocess(unsetIfEmpty, z.enum(BOT_APP_TYPES).default('MultiTenant')),
  MicrosoftAppTenantId: optional(z.string().trim().regex(GUID, 'must be a GUID')),
  ToBotFromChannelOpenIdMetadataUrl: optional(httpUrl),
  ToBotFromChannelTokenIssuer: optional(z.string().trim().min(1)),
  ToChannelFromBotLoginUrl: optional(httpUrl),
  ToChannelFromBotOAuthScope: optional(z.string().trim().min(1)),
};

type BotEnv = z.output<z.ZodObject<typeof BOT_ENV>>;

const ANONYMOUS_IN_PRODUCTION =
  'required when NODE_ENV=production: an empty app id is the anonymous local mode (Agents Playground), in which /api/messages accepts activities without a token';

/** Names each bot variable that is missing or contradicts another; `nodeEnv` refuses the anonymous mode in production. */
export function checkBotEnv(env: BotEnv, ctx: z.RefinementCtx, nodeEnv: string | undefined): void {
  const issue = (path: keyof BotEnv, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.MicrosoftAppId === '') {
    if (nodeEnv === 'production') issue('MicrosoftAppId', ANONYMOUS_IN_PRODUCTION);
    // A secret without an id would silently run the bot anonymously.
    if (env.MicrosoftAppPassword !== '') issue('MicrosoftAppId', 'required when MicrosoftAppPassword is set');
    return;
  }
  const type = env.MicrosoftAppType;
  if (type !== 'MultiTenant' && !env.MicrosoftAppTenantId) issue('MicrosoftAppTenantId', `required with MicrosoftAppType=${type}`);
  if (type === 'UserAssignedMSI' && env.MicrosoftAppPassword !== '')
    issue('MicrosoftAppPassword', 'must be empty with MicrosoftAppType=UserAssignedMSI (the managed identity has no secret)');
  if (type !== 'UserAssignedMSI' && env.MicrosoftAppPassword === '') issue('MicrosoftAppPassword', `required with MicrosoftAppType=${type}`);
}

/** The bot settings from a checked environment. */
export function botSettingsOf(env: BotEnv): BotSettings {
  return {
    appId: env.MicrosoftAppId,
    appPassword: env.MicrosoftAppPassword,
    appType: env.MicrosoftAppType,
    tenantId: env.MicrosoftAppTenantId,
    toBotFromChannelOpenIdMetadataUrl: env.ToBotFromChannelOpenIdMetadataUrl,
    toBotFromChannelTokenIssuer: env.ToBotFromChannelTokenIssuer,
    toChannelFromBotLoginUrl: env.ToChannelFromBotLoginUrl,
    toChannelFromBotOAuthScope: env.ToChannelFromBotOAuthScope,
  };
}

const botEnvSchema = z
  .object({ NODE_ENV: z.string().optional(), ...BOT_ENV })
  .superRefine((env, ctx) => checkBotEnv(env, ctx, env.NODE_ENV));

function describeBotIssues(issues: readonly z.core.$ZodIssue[], env: NodeJS.ProcessEnv): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    // The password is named, never echoed.
    const shown = /Password/.test(name) ? (env[name] ? '"***"' : '""') : JSON.stringify(env[name] ?? '');
    return `${name}=${shown}: ${issue.message}`;
  });
}

/** Reads the bot settings once; throws ConfigError naming every bad variable (and the anonymous mode in production). */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotSettings {
  const parsed = botEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeBotIssues(parsed.error.issues, env));
  return botSettingsOf(parsed.data);
}

/** The start-up check: throws ConfigError naming MicrosoftAppId when the bot would run anonymously in production. */
export function refuseAnonymousBotInProduction(settings: BotSettings, nodeEnv: string | undefined): void {
  if (settings.appId === '' && nodeEnv === 'production') throw new ConfigError([`MicrosoftAppId="": ${ANONYMOUS_IN_PRODUCTION}`]);
}
