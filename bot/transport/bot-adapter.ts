import { CloudAdapter } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import type { BotSettings } from '../../src/config/bot.config.js';
import { CapMandatBotAuthentication } from './bot-authentication.js';
import { turnErrorHandler } from './turn-error.js';

/** Options of the bot adapter. */
export interface BotAdapterOptions {
  logger: Logger;
  /** Time limit of each Bot Connector call (default 15 s). */
  requestTimeoutMs?: number;
  /**
   * The bot's own credentials, instead of those the settings describe: for a local identity provider, which msal-node
   * (used by botbuilder's credentials) will not accept as an authority without asking login.microsoftonline.com.
   */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * The botbuilder CloudAdapter for our settings: Bot Framework tokens checked on every request (none in the anonymous
 * local mode), Bot Connector calls tried once with a time limit, turn errors logged without leaking internals.
 */
export function createBotAdapter(settings: BotSettings, options: BotAdapterOptions): CloudAdapter {
  const adapter = new CloudAdapter(new CapMandatBotAuthentication(settings, options.requestTimeoutMs ?? 15_000, options.credentialsFactory));
  adapter.onTurnError = turnErrorHandler(options.logger);
  return adapter;
}
