/**
 * One Cap Mandat dispatcher in a process of its own, on a SQLite file, sending through botbuilder to the service URL
 * stored in the conversation references (the fake Bot Connector of the parent process): what a server instance runs,
 * without the HTTP app. Run with tsx; settings as JSON in argv[2] (see DispatchProcessSettings). It writes one JSON
 * line to stdout when started and, in `drain` mode, one with its counters before it exits.
 */
import { ChromiumPdfRenderer } from '../../src/adapters/pdf/chromium-pdf.renderer.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { randomIds } from '../../src/adapters/system/system-clock.js';
import { systemTimeSource } from '../../src/adapters/system/system-time-source.js';
import type { DispatchStats } from '../../src/app/campaigns/dispatch/index.js';
import { createServices } from '../../src/app/services.js';
import type { Clock } from '../../src/ports/clock.port.js';
import { composeBot } from '../../src/server/bot/compose-bot.js';
import { createLogger } from '../../src/server/logger.js';

/** What the parent asks of the process. */
export interface DispatchProcessSettings {
  db: string;
  instanceId: string;
  /** Omitted: the dispatcher's default. */
  leaseMs?: number;
  concurrency: number;
  ratePerSecond: number;
  /** Added to the system time, so that every process (and the parent) reads the same shifted clock. */
  clockOffsetMs: number;
  /** `run`: start and send until killed. `drain`: send until nothing falls due within `withinMs`, report, exit. */
  mode: 'run' | 'drain';
  withinMs?: number;
}

/** The lines the process writes. */
export type DispatchProcessLine = { started: string } | { drained: string; stats: DispatchStats };

const say = (line: DispatchProcessLine): boolean => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as DispatchProcessSettings;
  const store = openSqliteStore(settings.db);
  const clock: Clock = {
    now: () => new Date(Date.now() + settings.clockOffsetMs).toISOString(),
    today: () => new Date(Date.now() + settings.clockOffsetMs).toISOString().slice(0, 10),
  };
  const services = createServices(store, clock, randomIds(), { pdf: new ChromiumPdfRenderer() });
  const bot = composeBot(store, services, {
    settings: { appId: '', appPassword: '', appType: 'MultiTenant' },
    logger: createLogger('silent'),
    clock,
    time: systemTimeSource,
    ids: randomIds(),
    dispatch: {
      instanceId: settings.instanceId,
      concurrency: settings.concurrency,
      ratePerSecond: settings.ratePerSecond,
      ...(settings.leaseMs === undefined ? {} : { leaseMs: settings.leaseMs }),
    },
  });
  if (settings.mode === 'run') {
    bot.dispatcher.start();
    say({ started: settings.instanceId });
    return;
  }
  say({ started: settings.instanceId });
  const stats = await bot.dispatcher.runUntilIdle({ withinMs: settings.withinMs ?? 60_000 });
  say({ drained: settings.instanceId, stats });
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`dispatch process failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
