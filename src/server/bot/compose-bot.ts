import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Router } from 'express';
import type { Logger } from 'pino';
import { createBotAdapter } from '../../../bot/transport/bot-adapter.js';
import { createBotRoute } from '../../../bot/transport/bot.route.js';
import { verifyUtf8 } from '../http/request-guards.js';
import { CapMandatActivityHandler } from '../../../bot/transport/cap-mandat-activity.handler.js';
import { TeamsMessageSender } from '../../../bot/transport/teams-message.sender.js';
import { OutboxDispatcher, type DispatchOptions } from '../../app/campaigns/dispatch/index.js';
import type { AppServices } from '../../app/services.js';
import type { BotSettings } from '../../config/bot.config.js';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { TimeSource } from '../../ports/time-source.port.js';

/** The bot's parts, composed on the application services. */
export interface ComposedBot {
  /** `POST /api/messages`, for createHttpApp. */
  route: Router;
  dispatcher: OutboxDispatcher;
  /** Moves campaigns along with time and queues the weekly digests; call it periodically (every instance may). */
  tick(): Promise<void>;
}

/** Options of the bot's composition. */
export interface ComposeBotOptions {
  settings: BotSettings;
  logger: Logger;
  clock: Clock;
  /** The dispatcher's pacing and pauses (the system's monotonic clock and timers in production). */
  time: TimeSource;
  /** Names the dispatcher instance when `dispatch` gives no `instanceId`. */
  ids: IdGenerator;
  dispatch?: Partial<DispatchOptions>;
  /** Outgoing credentials for a local identity provider (tests): botbuilder's own cannot use a loopback login URL. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * Wires the Teams transport (botbuilder) to the application: incoming activities go to the bot application, the
 * outbox dispatcher sends through the same adapter. The one place that knows both.
 */
export function composeBot(store: RoadmapStore, services: AppServices, options: ComposeBotOptions): ComposedBot {
  const { settings, logger, clock, time, ids } = options;
  const adapter = createBotAdapter(settings, { logger, ...(options.credentialsFactory ? { credentialsFactory: options.credentialsFactory } : {}) });
  const handler = new CapMandatActivityHandler({ app: services.bot, logger, now: () => clock.now() });
  const dispatcher = new OutboxDispatcher(
    {
      operations: store.operations,
      sender: new TeamsMessageSender(adapter, settings),
      clock,
      time,
      ids,
      logger,
      compose: (item) => services.outbox.compose(item),
      onOutcome: (item, outcome) => services.outbox.recordOutcome(item, outcome),
    },
    options.dispatch ?? {},
  );
  return {
    route: createBotRoute(adapter, handler, { logger, verifyBody: verifyUtf8 }),
    dispatcher,
    async tick() {
      await services.campaigns.tick();
      const queued = await services.digest.queueWeekly();
      if (queued > 0) dispatcher.wake();
    },
  };
}
