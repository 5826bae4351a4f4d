import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { setHeader } from './middleware-util.js';

/** The User-Agent SharePoint asks for (`NONISV|Company|App/version`): throttling treats decorated traffic better. */
export const userAgentFor = (version: string): string => `NONISV|CapMandat|CapMandat/${version}`;

/** Sets our User-Agent on every request. */
export class UserAgentMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly userAgent: string) {}

  async execute(context: Context): Promise<void> {
    setHeader(context, 'User-Agent', this.userAgent);
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
