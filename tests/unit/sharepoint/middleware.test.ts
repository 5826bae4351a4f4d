import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { AuthMiddleware } from '../../../src/adapters/sharepoint/graph/auth.middleware.js';
import { UserAgentMiddleware, userAgentFor } from '../../../src/adapters/sharepoint/graph/user-agent.middleware.js';
import { graphScopeOf } from '../../../src/adapters/sharepoint/graph/token-source.js';

/** Runs one middleware on a request and answers the headers the next step saw. */
async function headersSeen(step: Middleware & { setNext(next: Middleware): void }, url: string, headers: Record<string, string> = {}) {
  let seen: Record<string, string> = {};
  step.setNext({
    execute: (context: Context) => {
      seen = { ...(context.options?.headers as Record<string, string>) };
      return Promise.resolve();
    },
  });
  const context: Context = { request: url, options: { method: 'GET', headers } };
  await step.execute(context);
  return seen;
}

describe('Graph middleware', () => {
  const tokens = { getAccessToken: () => Promise.resolve('tok') };

  it('sends the bearer token to the Graph origin only, never to another host', async () => {
    const auth = new AuthMiddleware(tokens, 'https://graph.microsoft.com/v1.0');
    expect((await headersSeen(auth, 'https://graph.microsoft.com/v1.0/sites/x')).Authorization).toBe('Bearer tok');
    expect(await headersSeen(auth, 'https://evil.example/v1.0/sites/x', { Authorization: 'x' })).toEqual({ Authorization: 'x' });
  });

  it('turns a token failure into a named error', async () => {
    const auth = new AuthMiddleware({ getAccessToken: () => Promise.reject(new Error('AADSTS7000215')) }, 'https://graph.microsoft.com/v1.0');
    await expect(headersSeen(auth, 'https://graph.microsoft.com/v1.0/x')).rejects.toMatchObject({ name: 'TokenAcquisitionError', message: expect.stringContaining('AADSTS7000215') });
  });

  it('decorates every request with the User-Agent SharePoint asks ISVs for', async () => {
    expect(userAgentFor('1.2.3')).toBe('NONISV|CapMandat|CapMandat/1.2.3');
    expect((await headersSeen(new UserAgentMiddleware(userAgentFor('1.2.3')), 'https://graph.microsoft.com/v1.0/x', { 'user-agent': 'node' }))).toEqual({
      'User-Agent': 'NONISV|CapMandat|CapMandat/1.2.3',
    });
  });

  it('asks tokens for Graph itself, also when the base URL is an emulator or a sovereign cloud', () => {
    expect(graphScopeOf('https://graph.microsoft.com/v1.0')).toBe('https://graph.microsoft.com/.default');
    expect(graphScopeOf('https://graph.microsoft.us/v1.0')).toBe('https://graph.microsoft.us/.default');
    expect(graphScopeOf('https://127.0.0.1:4443/v1.0')).toBe('https://graph.microsoft.com/.default');
  });
});
