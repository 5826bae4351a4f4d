import { ConfigError, loadConfig } from '../../../src/config/config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults to local development: dev identities, SQLite under data/, port 3978 on loopback, demo seed', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3978,
      host: '127.0.0.1',
      auth: { mode: 'dev' },
      store: { kind: 'sqlite', sqlitePath: 'data/cap-mandat.db' },
      seedDemo: true,
      timeZone: 'Europe/Paris',
      bodyLimitBytes: 256 * 1024,
    });
  });

  it('reads explicit settings', () => {
    const config = loadConfig({ PORT: '8080', SQLITE_PATH: '/tmp/x.db', SEED_DEMO: 'false', LOG_LEVEL: 'debug', DEV_DEFAULT_USER: 'pers-x' });
    expect(config).toMatchObject({ port: 8080, store: { sqlitePath: '/tmp/x.db' }, seedDemo: false, logLevel: 'debug', auth: { defaultUser: 'pers-x' } });
  });

  it('refuses development authentication in production, naming the variable', () => {
    const problems = problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev' });
    expect(problems.some((p) => p.startsWith('AUTH_MODE="dev"') && p.includes('refused when NODE_ENV=production'))).toBe(true);
  });

  it('refuses production without an explicit authentication mode', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).some((p) => p.startsWith('AUTH_MODE'))).toBe(true);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Olympus', STORE: 'oracle', SEED_DEMO: 'maybe' });
    const names = problems.map((p) => p.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'TIME_ZONE', 'STORE', 'SEED_DEMO']));
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('"abc"');
  });
});
