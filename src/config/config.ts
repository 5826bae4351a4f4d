import { z } from 'zod';
import { ENTRA_SSO_ENV, checkEntraSsoEnv, entraSsoSettingsOf, type EntraSsoSettings } from './entra-sso.config.js';
import { BOT_ENV, botSettingsOf, checkBotEnv, type BotSettings } from './bot.config.js';
import { ConfigError } from './config-error.js';
import { checkDevAuthLoopback } from './dev-auth.config.js';
import { SHAREPOINT_ENV, checkSharePointEnv, sharePointSettingsOf, type SharePointSettings } from './sharepoint.config.js';

export type { EntraSsoSettings } from './entra-sso.config.js';
export type { SharePointSettings } from './sharepoint.config.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every environment variable the server reads (besides those of the platform), each with its schema. */
const ENV_SHAPE = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).optional(),
  AUTH_MODE: z.enum(['dev', 'entra']).optional(),
  DEV_DEFAULT_USER: z.string().min(1).max(64).optional(),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('data/cap-mandat.db'),
  /** Loads the demo commune into an empty store; unset, only outside production (a commune's site stays empty). */
  SEED_DEMO: booleanText.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TIME_ZONE: z
    .string()
    .default('Europe/Paris')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown IANA time zone'),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(256),
  /** Proactive messages per second for the whole app in the tenant (Teams: design for 30); split it between instances. */
  DISPATCH_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(30),
  /** How long a send is reserved for one instance (renewed while it lasts): the wait before another takes it over after a crash. */
  DISPATCH_LEASE_SECONDS: z.coerce.number().min(1).max(600).default(20),
  /** Chromium, which prints the public bilan as PDF. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** The tab's deep link (https), offered as an "Open Cap Mandat" button in cards. */
  TAB_URL: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
  ...SHAREPOINT_ENV,
  ...ENTRA_SSO_ENV,
  ...BOT_ENV,
};

/** The names of every setting the server reads, for the checks that infra/azure.bicep and docs/deploy.md cover them. */
export const CONFIG_ENV_KEYS: readonly string[] = Object.keys(ENV_SHAPE);

const envSchema = z
  .object(ENV_SHAPE)
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    const authMode = env.AUTH_MODE ?? (production ? undefined : 'dev');
    if (authMode === undefined)
      ctx.addIssue({ code: 'custom', path: ['AUTH_MODE'], message: 'required in production (entra)' });
    if (production && authMode === 'dev')
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_MODE'],
        message: 'dev authentication is refused when NODE_ENV=production',
      });
    if (authMode === 'dev') checkDevAuthLoopback(env, ctx, env.AUTH_MODE === undefined ? 'default' : 'explicit');
    if (authMode === 'entra') checkEntraSsoEnv(env, ctx);
    if (env.STORE === 'sharepoint') checkSharePointEnv(env, ctx);
    checkBotEnv(env, ctx, env.NODE_ENV);
  });

/** The validated configuration: read once at start, then passed around as an argument. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Development identities (never in production), or Teams SSO tokens checked against Entra ID. */
  auth: { mode: 'dev'; defaultUser?: string } | { mode: 'entra'; sso: EntraSsoSettings };
  /** SQLite by default; SharePoint lists through Graph in production (the SQLite path then serves only `seed --reset`). */
  store: { kind: 'sqlite'; sqlitePath: string } | { kind: 'sharepoint'; sqlitePath: string; sharepoint: SharePointSettings };
  seedDemo: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  timeZone: string;
  bodyLimitBytes: number;
  /** The bot's identity towards the Bot Connector; an empty app id is the anonymous local mode (never in production). */
  bot: BotSettings;
  /** How fast the outbox is sent. */
  dispatch: { ratePerSecond: number; leaseMs: number };
  tabUrl?: string;
  chromiumPath: string;
}

export { ConfigError } from './config-error.js';

const sharePointOnly = z.object(SHAREPOINT_ENV).superRefine((env, ctx) => checkSharePointEnv(env, ctx));

/**
 * The SharePoint settings alone, whatever STORE says (for `npm run provision`); `site` overrides SHAREPOINT_SITE.
 * Throws ConfigError naming every bad variable.
 */
export function loadSharePointConfig(overrides: { site?: string } = {}, env: NodeJS.ProcessEnv = process.env): SharePointSettings {
  const input = overrides.site === undefined ? env : { ...env, SHAREPOINT_SITE: overrides.site };
  const parsed = sharePointOnly.safeParse(input);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, input));
  return sharePointSettingsOf(parsed.data);
}

function describeIssues(issues: readonly z.core.$ZodIssue[], env: NodeJS.ProcessEnv): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    // A list variable (comma-separated) names the item at fault.
    const item = issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
    // Secrets are named, never echoed.
    const shown = /SECRET|Password/.test(name) ? (env[name] ? '"***"' : '""') : JSON.stringify(env[name] ?? '');
    return `${name}=${shown}: ${issue.message}${item}`;
  });
}

/** Parses the environment once; throws ConfigError naming every bad variable. The only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, env));
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // Development authentication must not be reachable from the network: listen on loopback unless told otherwise.
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    auth:
      (e.AUTH_MODE ?? (e.NODE_ENV === 'production' ? 'entra' : 'dev')) === 'entra'
        ? { mode: 'entra', sso: entraSsoSettingsOf(e) }
        : { mode: 'dev', defaultUser: e.DEV_DEFAULT_USER },
    store:
      e.STORE === 'sharepoint'
        ? { kind: 'sharepoint', sqlitePath: e.SQLITE_PATH, sharepoint: sharePointSettingsOf(e) }
        : { kind: 'sqlite', sqlitePath: e.SQLITE_PATH },
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    timeZone: e.TIME_ZONE,
    bodyLimitBytes: e.BODY_LIMIT_KB * 1024,
    bot: botSettingsOf(e),
    dispatch: { ratePerSecond: e.DISPATCH_RATE_PER_SECOND, leaseMs: e.DISPATCH_LEASE_SECONDS * 1000 },
    chromiumPath: e.CHROMIUM_PATH,
    ...(e.TAB_URL ? { tabUrl: e.TAB_URL } : {}),
  };
}
