import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { setHeader, urlOf } from './middleware-util.js';

/** The name of the error raised when no token could be had. */
export const TOKEN_FAILURE = 'TokenAcquisitionError';

/** Gives app-only access tokens for Graph (cached and renewed by msal). */
export interface TokenSource {
  getAccessToken(): Promise<string>;
}

/** Adds the bearer token, but only to requests for our Graph origin: a link elsewhere never gets it. */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;
  private readonly origin: string;

  constructor(
    private readonly tokens: TokenSource,
    graphBaseUrl: string,
  ) {
    this.origin = new URL(graphBaseUrl).origin;
  }

  async execute(context: Context): Promise<void> {
    if (new URL(urlOf(context)).origin === this.origin) setHeader(context, 'Authorization', `Bearer ${await this.token()}`);
    await this.next?.execute(context);
  }

  private async token(): Promise<string> {
    try {
      return await this.tokens.getAccessToken();
    } catch (error) {
      // Named, so that the transport reports "access denied" rather than "Graph unreachable".
      const failure = new Error(`no Graph token from Entra ID: ${(error as Error)?.message ?? String(error)}`);
      failure.name = TOKEN_FAILURE;
      throw failure;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
