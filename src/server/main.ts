import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChromiumPdfRenderer } from '../adapters/pdf/chromium-pdf.renderer.js';
import { randomIds, systemClock } from '../adapters/system/system-clock.js';
import { systemTimeSource } from '../adapters/system/system-time-source.js';
import { seedDemoIfEmpty } from '../app/seed/seed-store.js';
import { createServices } from '../app/services.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { StoreError } from '../ports/store-errors.js';
import { devAuthenticator } from './auth/dev-authenticator.js';
import { entraAuthenticator } from './auth/entra-authenticator.js';
import { createHttpApp } from './app.js';
import { composeBot } from './bot/compose-bot.js';
import { createLogger } from './logger.js';
import { applyServerTimeouts } from './http/server-timeouts.js';
import { openConfiguredStore } from './open-store.js';
import { APP_VERSION } from './version.js';

/** Composition root: the only place that picks adapters. */
async function main(): Promise<Server> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const clock = systemClock(config.timeZone);
  const store = await openConfiguredStore(config.store);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(store, clock);
    if (seeded) logger.info({ seeded }, 'demo commune loaded into the empty store');
  }
  // The dispatcher is composed after the services it sends for: wake it through this late binding.
  let wakeDispatcher = (): void => undefined;
  const ids = randomIds();
  const services = createServices(store, clock, ids, {
    wakeDispatcher: () => wakeDispatcher(),
    pdf: new ChromiumPdfRenderer({ executablePath: config.chromiumPath }),
    ...(config.tabUrl ? { tabUrl: config.tabUrl } : {}),
    onBackgroundError: (err, what) => logger.error({ err }, `background work failed: ${what}`),
  });
  if (config.bot.appId === '')
    logger.warn('MicrosoftAppId is empty: the bot accepts unauthenticated activities (local Agents Playground only; refused in production)');
  const bot = composeBot(store, services, { settings: config.bot, logger, clock, time: systemTimeSource, ids, dispatch: config.dispatch });
  wakeDispatcher = bot.dispatcher.wake;
  bot.dispatcher.start();
  // Campaigns move with time (opening dates, lateness) and digests are queued weekly; every instance may do it.
  const tick = (): void => {
    bot.tick().catch((err: unknown) => logger.error({ err }, 'campaign tick failed'));
  };
  tick();
  const ticker = setInterval(tick, 60_000);
  ticker.unref();
  const authenticator =
    config.auth.mode === 'entra'
      ? entraAuthenticator(store, { ...config.auth.sso, clockSkewSeconds: 300 })
      : devAuthenticator(store, config.auth.defaultUser);
  if (config.auth.mode === 'dev')
    logger.warn('AUTH_MODE=dev: requests are attributed to demo identities (X-Dev-User); never use this in production');
  const app = createHttpApp({
    services,
    store,
    authenticator,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    version: APP_VERSION,
    botRoute: bot.route,
  });
  // Express 5 hands a listen error (a port already in use) to this callback instead of throwing it.
  const server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) {
      process.stderr.write(`Impossible d’écouter sur ${config.host}:${config.port} / cannot listen on ${config.host}:${config.port}: ${error.message}\n`);
      process.exit(1);
    }
    const { port } = server.address() as AddressInfo;
    logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}` }, 'Cap Mandat is listening');
  });
  applyServerTimeouts(server);
  const stop = (): void => {
    clearInterval(ticker);
    server.close(() => {
      // In-flight sends end first, so that nothing stays claimed and a restart resends nothing.
      void bot.dispatcher
        .stop()
        .then(() => store.close())
        .then(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof StoreError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
