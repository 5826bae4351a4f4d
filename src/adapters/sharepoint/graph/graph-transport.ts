import { Client, HTTPMessageHandler, ResponseType, type Middleware } from '@microsoft/microsoft-graph-client';
import { StoreAccessDeniedError, StoreUnavailableError } from '../store-errors.js';
import { AuthMiddleware, TOKEN_FAILURE, type TokenSource } from './auth.middleware.js';
import { RequestTrace } from './request-trace.js';
import { RetryMiddleware, realRetryEnvironment, type RetryEnvironment, type RetryListener } from './retry.middleware.js';
import type { RetryPolicy } from './retry-policy.js';
import { UserAgentMiddleware, userAgentFor } from './user-agent.middleware.js';

/** One Graph request, with a path relative to the base URL (`/sites/...`) or an absolute link Graph gave us. */
export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Safe to replay although the method is not idempotent (the request carries an idempotency key). */
  idempotent?: boolean;
}

/** What came back: any status, parsed body; `attempts` > 1 when the chain retried it. */
export interface GraphAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  attempts: number;
}

/** Sends Graph requests through our middleware chain. */
export interface GraphTransport {
  call<T = unknown>(call: GraphCall): Promise<GraphAnswer<T>>;
  /** A link Graph returned (nextLink, deltaLink), made relative to the base URL, as `$batch` wants it. */
  relative(link: string): string;
}

/** Everything the chain needs. */
export interface GraphTransportOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  tokens: TokenSource;
  retry: RetryPolicy;
  appVersion: string;
  environment?: RetryEnvironment;
  onRetry?: RetryListener;
  /** Extra steps between retry and the network: tests use it to lose an answer after the server did the work. */
  innerMiddleware?: Middleware[];
}

async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? (JSON.parse(text) as unknown) : text;
}

/**
 * The Graph client with a middleware chain we own: auth → retry → user agent → (test steps) → HTTP.
 * It answers raw responses, so that the adapter sees statuses (404, 412, 410…) and maps them to its own errors.
 */
export function createGraphTransport(options: GraphTransportOptions): GraphTransport {
  const base = new URL(options.graphBaseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const chain: Middleware[] = [
    new AuthMiddleware(options.tokens, options.graphBaseUrl),
    new RetryMiddleware(options.retry, options.environment ?? realRetryEnvironment, options.onRetry),
    new UserAgentMiddleware(userAgentFor(options.appVersion)),
    ...(options.innerMiddleware ?? []),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({ middleware: chain, baseUrl: base.origin, defaultVersion: basePath.replace(/^\//, '') });

  const relative = (link: string): string => {
    if (!/^https?:\/\//i.test(link)) return link.startsWith('/') ? link : `/${link}`;
    const url = new URL(link);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname.replace(/^\/[^/]+/, '');
    return `${path}${url.search}`;
  };

  return {
    relative,
    async call<T>(call: GraphCall): Promise<GraphAnswer<T>> {
      const trace = new RequestTrace(call.idempotent === true);
      // Relative paths keep the client's URL parsing away from absolute links on hosts it does not know.
      const request = client
        .api(relative(call.path))
        .headers(call.headers ?? {})
        .middlewareOptions([trace])
        .responseType(ResponseType.RAW);
      let response: Response;
      try {
        const pending: Promise<unknown> =
          call.method === 'GET'
            ? request.get()
            : call.method === 'POST'
              ? request.post(call.body ?? {})
              : call.method === 'PATCH'
                ? request.patch(call.body ?? {})
                : request.delete();
        response = (await pending) as Response;
      } catch (error) {
        // The client wraps whatever a middleware threw in a GraphError whose code is the original error's name.
        const { code, message } = error as { code?: string; message?: string };
        if (code === TOKEN_FAILURE) throw new StoreAccessDeniedError(`${call.method} ${call.path}: ${message ?? 'no token'}`);
        throw new StoreUnavailableError(`${call.method} ${call.path}: no answer from Graph (${message ?? String(error)})`);
      }
      return { status: response.status, headers: response.headers, body: (await parseBody(response)) as T, attempts: trace.attempts };
    },
  };
}
