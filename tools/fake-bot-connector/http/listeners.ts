import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, send } from '../../graph-emulator/http/node-io.js';
import type { ChannelTokenIssuer } from '../auth/channel-tokens.js';
import type { LoginAuthority } from '../auth/login-endpoint.js';
import { answerConnectorCall, type BotTokenCheck } from '../connector/pipeline.js';
import type { ConnectorContext } from '../context.js';
import type { AnswerHolds } from '../faults/answer-holds.js';

export interface ConnectorListenerSettings {
  ctx: ConnectorContext;
  /** '/emea', or '' when the service URL is the root. */
  prefix: string;
  issuer: ChannelTokenIssuer;
  baseUrl: () => string;
  checkToken?: BotTokenCheck;
  onUnexpected: (error: unknown) => void;
  /** Answers of delivered sends held back on demand. */
  holds?: AnswerHolds;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

function guarded(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, onUnexpected: (error: unknown) => void): Listener {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      onUnexpected(error);
      if (!res.headersSent) send(res, 500, {}, { error: { code: 'ServiceError', message: 'Internal server error.' } });
      else res.destroy();
    });
  };
}

const OPENID_PATHS = ['/v1/.well-known/openidconfiguration', '/.well-known/openidconfiguration'];
const KEYS_PATHS = ['/v1/.well-known/keys', '/keys'];

/** The http listener: Bot Framework OpenID metadata and keys at the root, the Connector API under the service URL. */
export function connectorListener(settings: ConnectorListenerSettings): Listener {
  return guarded(async (req, res) => {
    const url = new URL(req.url ?? '/', settings.baseUrl());
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (raw === undefined) {
      send(res, 413, {}, { error: { code: 'MessageSizeTooBig', message: 'Message size too large.' } });
      return;
    }
    if (method === 'GET' && OPENID_PATHS.includes(url.pathname)) {
      send(res, 200, {}, settings.issuer.openIdConfiguration(settings.baseUrl()));
      return;
    }
    if (method === 'GET' && KEYS_PATHS.includes(url.pathname)) {
      send(res, 200, {}, settings.issuer.jwks());
      return;
    }
    if (!url.pathname.startsWith(`${settings.prefix}/v3/`)) {
      send(res, 404, {}, { error: { code: 'NotFound', message: `Nothing at ${url.pathname}; the Connector API is under ${settings.prefix}/v3/.` } });
      return;
    }
    const path = url.pathname.slice(settings.prefix.length);
    const answer = await answerConnectorCall(
      { method, path, query: url.searchParams, rawBody: raw, authorization: req.headers.authorization },
      settings.ctx,
      settings.checkToken,
    );
    await settings.holds?.gate(method, path, answer.status, res);
    if (res.destroyed) return;
    send(res, answer.status, answer.headers, answer.body);
  }, settings.onUnexpected);
}

/** The https listener of the fake Entra tenant (token endpoint and the metadata msal-node reads). */
export function loginListener(authority: LoginAuthority, baseUrl: () => string, onUnexpected: (error: unknown) => void, onToken: () => void): Listener {
  return guarded(async (req, res) => {
    const url = new URL(req.url ?? '/', baseUrl());
    const raw = (await readBody(req)) ?? '';
    const answer = await authority.answer((req.method ?? 'GET').toUpperCase(), url.pathname, req.headers['content-type'], raw, baseUrl());
    if (!answer) {
      send(res, 404, {}, { error: 'invalid_request', error_description: `Nothing at ${url.pathname}.` });
      return;
    }
    if (answer.status === 200 && url.pathname.endsWith('/oauth2/v2.0/token')) onToken();
    send(res, answer.status, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' }, answer.body);
  }, onUnexpected);
}
