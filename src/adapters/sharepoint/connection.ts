import type { Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenSource } from './graph/auth.middleware.js';
import { createGraphTransport, type GraphTransport } from './graph/graph-transport.js';
import { realRetryEnvironment, type RetryEnvironment, type RetryListener } from './graph/retry.middleware.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './graph/retry-policy.js';
import { createTokenSource, type EntraSettings } from './graph/token-source.js';

/** How to reach the site: Graph, Entra ID, and the knobs tests turn. */
export interface SharePointConnection {
  /** e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** Site id (`host,guid,guid`) or URL. */
  site: string;
  entra: EntraSettings;
  appVersion: string;
  retry?: Partial<RetryPolicy>;
  /** Tests: a token source instead of msal, a fake clock, steps before the network, retry notices. */
  tokens?: TokenSource;
  environment?: RetryEnvironment;
  innerMiddleware?: Middleware[];
  onRetry?: RetryListener;
}

/** The transport and retry settings of a connection. */
export interface Connected {
  transport: GraphTransport;
  policy: RetryPolicy;
  env: RetryEnvironment;
}

/** Builds the Graph client of a connection (no request is sent yet). */
export function connect(options: SharePointConnection): Connected {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const env = options.environment ?? realRetryEnvironment;
  const transport = createGraphTransport({
    graphBaseUrl: options.graphBaseUrl,
    tokens: options.tokens ?? createTokenSource(options.entra, options.graphBaseUrl),
    retry: policy,
    appVersion: options.appVersion,
    environment: env,
    innerMiddleware: options.innerMiddleware,
    onRetry: options.onRetry,
  });
  return { transport, policy, env };
}
