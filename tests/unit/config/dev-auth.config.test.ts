import { ConfigError, loadConfig } from '../../../src/config/config.js';
import { isLoopbackHost } from '../../../src/config/dev-auth.config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

const BOT = { MicrosoftAppId: '44444444-4444-4444-8444-444444444444', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '11111111-1111-4111-8111-111111111111' };
const SSO = { AUTH_MODE: 'entra', ENTRA_SSO_CLIENT_ID: '33333333-3333-4333-8333-333333333333', ENTRA_ALLOWED_TENANT_IDS: '11111111-1111-4111-8111-111111111111' };

describe('development identities answer only on loopback', () => {
  it.each(['127.0.0.1', '127.8.9.10', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1'])('accepts HOST=%s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    expect(loadConfig({ HOST: host, AUTH_MODE: 'dev' }).host).toBe(host);
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', 'capmandat.example.fr', '127.evil.example', '::ffff:10.0.0.1', '128.0.0.1'])(
    'refuses AUTH_MODE=dev on HOST=%s, naming HOST',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
      expect(problemsOf({ HOST: host, AUTH_MODE: 'dev' })).toEqual([expect.stringMatching(new RegExp(`^HOST="${host.replace(/[.[\]]/g, '\\$&')}": not a loopback address: AUTH_MODE=dev answers only on`))]);
    },
  );

  it('refuses it also when dev mode is only the default', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toEqual([expect.stringContaining('HOST="0.0.0.0": not a loopback address: AUTH_MODE=dev (the default outside production)')]);
  });

  it('refuses AUTH_MODE=dev beside a bot identity, naming MicrosoftAppId', () => {
    expect(problemsOf({ ...BOT, AUTH_MODE: 'dev' })).toEqual([
      expect.stringMatching(/^MicrosoftAppId="44444444-4444-4444-8444-444444444444": a bot identity is configured.*AUTH_MODE=dev is refused with it/),
    ]);
  });

  it('lists both problems at once', () => {
    expect(problemsOf({ ...BOT, HOST: '0.0.0.0' }).map((p) => p.split('=')[0])).toEqual(['HOST', 'MicrosoftAppId']);
  });

  it('keeps the Agents Playground (loopback, empty app id) in dev mode', () => {
    expect(loadConfig({ HOST: '127.0.0.1', AUTH_MODE: 'dev', MicrosoftAppId: '', MicrosoftAppPassword: '' }).auth.mode).toBe('dev');
  });

  it('lets Teams SSO listen on the network beside a bot identity', () => {
    expect(loadConfig({ ...SSO, ...BOT, HOST: '0.0.0.0' })).toMatchObject({ host: '0.0.0.0', auth: { mode: 'entra' }, bot: { appId: BOT.MicrosoftAppId } });
  });
});

describe('SEED_DEMO', () => {
  const prod = { ...SSO, NODE_ENV: 'production', MicrosoftAppId: BOT.MicrosoftAppId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: BOT.MicrosoftAppTenantId };

  it('never seeds in production unless asked', () => {
    expect(loadConfig(prod).seedDemo).toBe(false);
    expect(loadConfig({ ...prod, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('seeds the demo commune by default outside production', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });
});
