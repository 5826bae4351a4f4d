import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { randomIds } from '../../src/adapters/system/system-clock.js';
import { systemTimeSource } from '../../src/adapters/system/system-time-source.js';
import { seedDemoIfEmpty } from '../../src/app/seed/seed-store.js';
import { createServices, type AppServices, type ServiceOptions } from '../../src/app/services.js';
import type { RoadmapStore } from '../../src/ports/store.port.js';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator.js';
import { createHttpApp } from '../../src/server/app.js';
import { composeBot, type ComposeBotOptions, type ComposedBot } from '../../src/server/bot/compose-bot.js';
import { createLogger } from '../../src/server/logger.js';
import { applyServerTimeouts } from '../../src/server/http/server-timeouts.js';
import type { WriteRateLimit } from '../../src/server/http/write-rate-limit.js';
import { fixedClock, sequentialIds } from './fixed-clock.js';

/** A running server on an ephemeral loopback port, on a throw-away store seeded with the demo commune. */
export interface TestServer {
  url: string;
  /** The HTTP server itself (its time limits are the production ones). */
  http: Server;
  app: Express;
  store: RoadmapStore;
  services: AppServices;
  /** The bot, when started with `bot` (its dispatcher is not started: tests call `drain()`). */
  bot?: ComposedBot;
  clock: ReturnType<typeof fixedClock>;
  /** fetch relative to /api/v1 as a demo person (default: the administrator), JSON in and out. */
  api(path: string, init?: ApiInit): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  as?: string;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // Tests read arbitrary JSON.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** An answer with its body parsed as JSON when it is JSON, as text otherwise. */
export async function answerOf(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** Starts a test server; `seed: false` gives an empty store; `store` runs it on another adapter (closed with the server). */
export async function startTestServer(
  options: {
    seed?: boolean;
    bodyLimitBytes?: number;
    writeRateLimit?: WriteRateLimit;
    store?: RoadmapStore;
    /** Serves the bot at /api/messages with these settings (empty app id: anonymous local mode). */
    bot?: Omit<ComposeBotOptions, 'logger' | 'clock' | 'time' | 'ids'>;
    /** Wiring options of the application services (e.g. another PDF renderer; Chromium at `chromiumPath` by default). */
    services?: Partial<ServiceOptions> & { chromiumPath?: string };
  } = {},
): Promise<TestServer> {
  // Any store adapter can stand behind the server; SQLite in memory by default.
  const store = options.store ?? openSqliteStore(':memory:');
  const clock = fixedClock();
  if (options.seed !== false) await seedDemoIfEmpty(store, clock);
  let wake = (): void => undefined;
  const { chromiumPath, ...serviceOptions } = options.services ?? {};
  const pdf = serviceOptions.pdf ?? new ChromiumPdfRenderer({ executablePath: chromiumPath });
  const services = createServices(store, clock, sequentialIds(), { ...serviceOptions, pdf, wakeDispatcher: () => wake() });
  const logger = createLogger('silent');
  const bot = options.bot ? composeBot(store, services, { ...options.bot, logger, clock, time: systemTimeSource, ids: randomIds() }) : undefined;
  if (bot) wake = bot.dispatcher.wake;
  const app = createHttpApp({
    services,
    store,
    authenticator: devAuthenticator(store),
    logger,
    ...(bot ? { botRoute: bot.route } : {}),
    bodyLimitBytes: options.bodyLimitBytes ?? 256 * 1024,
    version: 'test',
    writeRateLimit: options.writeRateLimit,
  });
  const server: Server = await new Promise((resolve) => {
    const s = applyServerTimeouts(app.listen(0, '127.0.0.1', () => resolve(s)));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    http: server,
    app,
    store,
    services,
    ...(bot ? { bot } : {}),
    clock,
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...(init.headers ?? {}) };
      if (init.as) headers['X-Dev-User'] = init.as;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['Content-Type'] ??= 'application/json';
      }
      return answerOf(await fetch(`${url}/api/v1${path}`, { method: init.method ?? 'GET', headers, body }));
    },
    async close() {
      await bot?.dispatcher.stop();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await store.close();
    },
  };
}
