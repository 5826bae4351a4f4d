import type { Server } from 'node:http';

/**
 * Time limits of the HTTP server. Azure App Service's front end cuts a request at 230 s and an idle connection at
 * 4 minutes: we give up on a slow client well before (a 408 from us rather than a 504 from Azure), and keep idle
 * connections open a little longer than the front end, so that it is always the one to close them (a connection
 * the server closes while the front end reuses it is a 502 for the user).
 */
export const SERVER_TIMEOUTS = {
  /** The whole request, body included (a 10 MB import on a slow line takes about a minute). */
  requestTimeoutMs: 120_000,
  /** The request's headers (a slowloris client sends them a byte at a time). */
  headersTimeoutMs: 20_000,
  /** An idle keep-alive connection: more than the front end's 4 minutes. */
  keepAliveTimeoutMs: 245_000,
} as const;

/** Applies the limits to a server (the app's and the test servers', so that tests run under the same limits). */
export function applyServerTimeouts(server: Server): Server {
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeoutMs;
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeoutMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeoutMs;
  return server;
}
