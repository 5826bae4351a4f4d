import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Response as ExpressResponse, type Router } from 'express';
import type { CloudAdapter, Response as BotResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

/** Anything that runs a turn: the activity handler. */
export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** Options of the bot's route. */
export interface BotRouteOptions {
  logger: Logger;
  /** Largest activity accepted (default 256 kb; Teams messages stay under about 100 KB). */
  bodyLimit?: number | string;
  /** Checks the raw body before it is parsed (the server's UTF-8 check), throwing the error the server maps. */
  verifyBody?: (req: IncomingMessage, res: ServerResponse, body: Buffer, encoding: string) => void;
}

const isActivityBody = (body: unknown): body is { type: string; serviceUrl: string } =>
  typeof body === 'object' &&
  body !== null &&
  typeof Reflect.get(body, 'type') === 'string' &&
  typeof Reflect.get(body, 'serviceUrl') === 'string' &&
  Reflect.get(body, 'serviceUrl') !== '';

// CloudAdapter answers a refused token with its reason and a failure with the error's message: the caller gets a
// fixed JSON body instead, the reason goes to the log (botbuilder also prints the error on the console).
function guardedResponse(res: ExpressResponse, logger: Logger): BotResponse {
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => res.status(code),
    send: (body: unknown) => {
      if (res.statusCode === 401) {
        logger.warn({ reason: String(body) }, 'bot request refused: bad or missing Bot Framework token');
        return res.json({ error: 'unauthorized' });
      }
      if (res.statusCode >= 500) {
        logger.error({ reason: String(body) }, 'bot request failed');
        return res.json({ error: 'internal_error' });
      }
      return res.send(body);
    },
    end: () => (res.writableEnded ? res : res.end()),
  };
}

/**
 * `POST /api/messages`, the bot's endpoint: parses its own JSON (mount it before the API's parsers and
 * authentication: the adapter checks Bot Framework tokens, not the tab's).
 */
export function createBotRoute(adapter: CloudAdapter, handler: TurnRunner, options: BotRouteOptions): Router {
  const router = express.Router();
  router.post('/api/messages', express.json({ limit: options.bodyLimit ?? '256kb', type: 'application/json', ...(options.verifyBody ? { verify: options.verifyBody } : {}) }), async (req, res) => {
    // Without a type botbuilder throws before answering; without a serviceUrl it would reply to its default host.
    if (!isActivityBody(req.body)) {
      res.status(400).json({ error: 'bad_activity' });
      return;
    }
    await adapter.process(req, guardedResponse(res, options.logger), (context) => handler.run(context));
  });
  return router;
}
