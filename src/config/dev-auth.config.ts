import net from 'node:net';
import type { z } from 'zod';

/**
 * Development identities (AUTH_MODE=dev) pick who you are from a header or `?as=`: whoever reaches the server is
 * anyone. They must therefore only ever answer on loopback, and never beside a bot identity (a bot registered with
 * Azure Bot is reached by Teams, hence from the network, through a tunnel or App Service).
 */

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`: the addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || h === '0:0:0:0:0:0:0:1' || (/^::ffff:/.test(h) && isLoopbackHost(h.slice(7)));
  return false;
}

interface DevAuthEnv {
  HOST?: string | undefined;
  MicrosoftAppId: string;
}

/** Names HOST or MicrosoftAppId when they would expose development identities; `how` says how dev mode was chosen. */
export function checkDevAuthLoopback(env: DevAuthEnv, ctx: z.RefinementCtx, how: 'explicit' | 'default'): void {
  const mode = how === 'explicit' ? 'AUTH_MODE=dev' : 'AUTH_MODE=dev (the default outside production)';
  if (env.HOST !== undefined && !isLoopbackHost(env.HOST))
    ctx.addIssue({
      code: 'custom',
      path: ['HOST'],
      message: `not a loopback address: ${mode} answers only on 127.0.0.0/8, ::1 or localhost (anyone reaching it could act as anyone); listen on the network with AUTH_MODE=entra (Teams SSO)`,
    });
  if (env.MicrosoftAppId !== '')
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppId'],
      message: `a bot identity is configured, so Teams reaches this server from the network: ${mode} is refused with it; use AUTH_MODE=entra (Teams SSO), or an empty MicrosoftAppId for the Agents Playground`,
    });
}
